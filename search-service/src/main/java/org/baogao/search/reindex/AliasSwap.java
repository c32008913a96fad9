package org.baogao.search.reindex;

import co.elastic.clients.elasticsearch.indices.UpdateAliasesRequest;

import java.util.List;

/**
 * The one {@code _aliases} request that moves the alias: every index it pointed to is removed and the new one
 * added as write index, all or nothing, so a reader sees either the old index or the new one, never neither.
 * {@code must_exist} on the removals makes the request fail when someone moved the alias meanwhile, instead of
 * leaving it on two indices.
 */
final class AliasSwap {

    static UpdateAliasesRequest request(String alias, List<String> oldIndices, String newIndex) {
        if (oldIndices.contains(newIndex)) {
            throw new IllegalArgumentException(newIndex + " is already behind " + alias);
        }
        return UpdateAliasesRequest.of(u -> {
            for (String old : oldIndices) {
                u.actions(a -> a.remove(r -> r.index(old).alias(alias).mustExist(true)));
            }
            return u.actions(a -> a.add(add -> add.index(newIndex).alias(alias).isWriteIndex(true)));
        });
    }

    private AliasSwap() {
    }
}
