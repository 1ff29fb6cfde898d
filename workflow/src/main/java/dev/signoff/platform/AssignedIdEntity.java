package dev.signoff.platform;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import java.util.UUID;
import org.springframework.data.domain.Persistable;

/**
 * An entity whose id is made when the object is (a random UUID), not by the database. It says
 * itself whether it is new, so that saving a new one inserts it straight away: without that, a
 * repository takes an entity with an id for a stored one and reads it before writing it.
 */
@MappedSuperclass
public abstract class AssignedIdEntity implements Persistable<UUID> {

  @Transient private boolean fresh = true;

  @Override
  public boolean isNew() {
    return fresh;
  }

  @PostLoad
  @PostPersist
  void stored() {
    fresh = false;
  }
}
