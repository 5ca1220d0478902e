package org.casebook.query.catalog;

import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * The nodes running views share each view's segments. A view's processor has a thread for each segment, so that one
 * node alone can run them all, and claims every segment nobody holds: the first node to start holds them all. Every
 * {@code casebook.cluster.claim-interval} each node running views says it is alive (in {@value #NODES}, on the
 * store's clock) and lets go, for a claim timeout, of the segments it holds beyond its share (a view's segments
 * divided among the live nodes, rounded up), which a node holding fewer then claims. A node that stops leaves the
 * list, and its processors release their segments; a node that dies is dropped once it has not said it is alive
 * for a claim timeout, as its claims lapse.
 */
@Component
public class SegmentSharing implements SchedulingConfigurer, DisposableBean {

    static final String NODES = "cluster_nodes";
    private static final Logger log = LoggerFactory.getLogger(SegmentSharing.class);

    private final EventProcessingConfiguration processing;
    private final TokenStore tokens;
    private final MongoCollection<Document> nodes;
    private final ClusterNode node;
    private final ClusterSettings settings;

    public SegmentSharing(EventProcessingConfiguration processing, TokenStore tokens, MongoDatabase casebookDatabase,
                          ClusterNode node, ClusterSettings settings) {
        this.processing = processing;
        this.tokens = tokens;
        this.nodes = casebookDatabase.getCollection(NODES);
        this.node = node;
        this.settings = settings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(this::share, settings.claimInterval(), settings.claimInterval()));
    }

    void share() {
        List<TrackingEventProcessor> views = ViewCatalog.NAMES.stream()
                .map(view -> processing.eventProcessor(view, TrackingEventProcessor.class))
                .flatMap(Optional::stream).filter(TrackingEventProcessor::isRunning).toList();
        if (views.isEmpty()) {
            return;
        }
        nodes.updateOne(Filters.eq("_id", node.name()), Updates.currentDate("seenAt"),
                        new UpdateOptions().upsert(true));
        long live = liveNodes();
        for (TrackingEventProcessor view : views) {
            int share = (int) Math.ceil(tokens.fetchSegments(view.getName()).length / (double) live);
            List<Integer> held = view.processingStatus().keySet().stream().sorted().toList();
            for (int segment : held.subList(Math.min(share, held.size()), held.size())) {
                log.info("node {} lets go of segment {} of the {} view: {} nodes share it", node.name(), segment,
                         view.getName(), live);
                view.releaseSegment(segment, settings.claimTimeout().toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    /** The nodes that said they are alive within a claim timeout of the latest word (this node's, just now). */
    private long liveNodes() {
        Document latest = nodes.find().sort(Sorts.descending("seenAt")).first();
        if (latest == null) {
            return 1;
        }
        Date since = new Date(latest.getDate("seenAt").getTime() - settings.claimTimeout().toMillis());
        return Math.max(1, nodes.countDocuments(Filters.gte("seenAt", since)));
    }

    @Override
    public void destroy() {
        nodes.deleteOne(Filters.eq("_id", node.name()));
    }
}
