package dev.signoff.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasOrderedComponents;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The children of a container that show a list of items with ids. Showing a newer list updates the
 * components of items already shown in place and moves only what changed place, so that a text
 * someone is typing in one of them, and its focus, survive a refresh.
 */
final class KeyedChildren<T, C extends Component> {

  private final HasOrderedComponents container;
  private final Function<T, UUID> idOf;
  private final Function<T, C> create;
  private final BiConsumer<C, T> update;
  private Map<UUID, C> shown = new LinkedHashMap<>();

  KeyedChildren(
      HasOrderedComponents container,
      Function<T, UUID> idOf,
      Function<T, C> create,
      BiConsumer<C, T> update) {
    this.container = container;
    this.idOf = idOf;
    this.create = create;
    this.update = update;
  }

  void show(List<T> items) {
    Map<UUID, C> next = new LinkedHashMap<>();
    for (T item : items) {
      UUID id = idOf.apply(item);
      C component = shown.get(id);
      if (component == null) {
        component = create.apply(item);
      } else {
        update.accept(component, item);
      }
      next.put(id, component);
    }
    shown.forEach(
        (id, component) -> {
          if (!next.containsKey(id)) {
            container.remove(component);
          }
        });
    int index = 0;
    for (C component : next.values()) {
      if (index >= container.getComponentCount() || container.getComponentAt(index) != component) {
        container.addComponentAtIndex(index, component);
      }
      index++;
    }
    shown = next;
  }

  C get(UUID id) {
    return shown.get(id);
  }

  boolean isEmpty() {
    return shown.isEmpty();
  }
}
