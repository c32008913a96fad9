package org.baogao.search.web;

/** Nothing under that id; answered as a 404 problem. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
