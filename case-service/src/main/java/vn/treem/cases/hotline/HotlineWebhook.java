package vn.treem.cases.hotline;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;

/** An endpoint of a Hotline 111 client that receives the status changes of the cases opened from its reports. */
@Entity
@Table(name = "hotline_webhook")
public class HotlineWebhook extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The token subject of the HOTLINE client that registered it. */
    @Column(nullable = false, length = 100)
    public String client;

    @Column(nullable = false, length = 2000)
    public String url;

    /** The signing secret as stored ({@link WebhookSecrets}); never returned, never logged. */
    @Column(name = "secret", nullable = false)
    String storedSecret;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "deleted_at")
    public OffsetDateTime deletedAt;

    @Version
    public long version;

    /** The webhooks of a client that have not been deleted, oldest first. */
    static List<HotlineWebhook> activeOf(String client) {
        return list("client = ?1 and deletedAt is null", Sort.by("createdAt").and("id"), client);
    }

    @Override
    public String toString() {
        return "HotlineWebhook[" + id + "]";
    }
}
