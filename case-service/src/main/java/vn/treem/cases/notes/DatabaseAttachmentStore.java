package vn.treem.cases.notes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The attachment store in case-service's own database (table {@code attachment_blob}): transactional with the
 * attachment's metadata, good for the sizes allowed; object storage can replace it behind {@link AttachmentStore}.
 */
@ApplicationScoped
public class DatabaseAttachmentStore implements AttachmentStore {

    @Inject
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void put(String key, byte[] content) {
        em.createNativeQuery("insert into attachment_blob (storage_key, content) values (?1, ?2)")
                .setParameter(1, key).setParameter(2, content).executeUpdate();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public byte[] get(String key) {
        return (byte[]) em.createNativeQuery("select content from attachment_blob where storage_key = ?1")
                .setParameter(1, key).getSingleResult();
    }
}
