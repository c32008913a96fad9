package org.baogao.search.watch;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.baogao.contracts.Alert;
import org.baogao.search.SearchProperties;
import org.baogao.search.web.BadRequestException;
import org.baogao.search.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** {@code /api/watches} and {@code /api/alerts}: save what to watch for, see what matched. */
@RestController
public class WatchesController {
    static final int MAX_ALERTS = 200;

    private final WatchStore watches;
    private final AlertStore alerts;
    private final Clock clock;
    private final int maxQueryLength;

    public WatchesController(WatchStore watches, AlertStore alerts, Clock clock, SearchProperties properties) {
        this.watches = watches;
        this.alerts = alerts;
        this.clock = clock;
        this.maxQueryLength = properties.api().maxQueryLength();
    }

    public record Watches(List<Watch> watches) {
    }

    public record Alerts(List<Alert> alerts) {
    }

    @Operation(summary = "Save a watch: search conditions (q, region, level, docType, topic) and/or a target condition "
            + "(target: {code, kind, min, max}); it fires for reports indexed from now on")
    @PostMapping("/api/watches")
    public ResponseEntity<Watch> create(@RequestBody Watch asked) throws IOException {
        if (watches.count() >= WatchStore.MAX_WATCHES) {
            throw new BadRequestException("watch", "at most " + WatchStore.MAX_WATCHES + " watches; delete one first");
        }
        Watch watch = watches.save(Watch.create(asked, UUID.randomUUID().toString(), clock.instant(), maxQueryLength));
        return ResponseEntity.created(URI.create("/api/watches/" + watch.id())).body(watch);
    }

    @Operation(summary = "Every saved watch, oldest first")
    @GetMapping("/api/watches")
    public Watches list() throws IOException {
        return new Watches(watches.all());
    }

    @GetMapping("/api/watches/{id}")
    public Watch get(@PathVariable String id) throws IOException {
        return watches.get(id).orElseThrow(() -> new NotFoundException("no watch " + id));
    }

    @DeleteMapping("/api/watches/{id}")
    public ResponseEntity<Void> delete(@PathVariable String id) throws IOException {
        if (!watches.delete(id)) {
            throw new NotFoundException("no watch " + id);
        }
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Alerts raised, newest first (also published to the alerts topic for downstream systems)")
    @GetMapping("/api/alerts")
    public Alerts recent(@Parameter(description = "only this watch's alerts") @RequestParam(required = false) String watchId,
                         @RequestParam(defaultValue = "50") int size) throws IOException {
        if (size < 1 || size > MAX_ALERTS) {
            throw new BadRequestException("size", "size is between 1 and " + MAX_ALERTS);
        }
        return new Alerts(alerts.recent(watchId == null || watchId.isBlank() ? null : watchId, size));
    }
}
