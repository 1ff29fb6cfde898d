package dev.signoff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class KeyedChildrenTest {

  record Item(UUID id, String text) {}

  private final VerticalLayout container = new VerticalLayout();
  private final KeyedChildren<Item, Span> children =
      new KeyedChildren<>(container, Item::id, item -> new Span(item.text()), this::update);

  private void update(Span span, Item item) {
    span.setText(item.text());
  }

  @Test
  void keepsTheComponentsOfItemsStillShownAndUpdatesThem() {
    Item first = new Item(UUID.randomUUID(), "first");
    Item second = new Item(UUID.randomUUID(), "second");
    children.show(List.of(first, second));
    Span firstSpan = children.get(first.id());

    children.show(List.of(new Item(first.id(), "first, edited"), second));

    assertThat(children.get(first.id())).isSameAs(firstSpan);
    assertThat(texts()).containsExactly("first, edited", "second");
  }

  @Test
  void addsNewItemsInPlaceMovesReorderedOnesAndRemovesGoneOnes() {
    Item first = new Item(UUID.randomUUID(), "first");
    Item second = new Item(UUID.randomUUID(), "second");
    Item third = new Item(UUID.randomUUID(), "third");
    children.show(List.of(first, second, third));
    Span thirdSpan = children.get(third.id());

    Item inserted = new Item(UUID.randomUUID(), "inserted");
    children.show(List.of(third, inserted, first));

    assertThat(texts()).containsExactly("third", "inserted", "first");
    assertThat(children.get(third.id())).isSameAs(thirdSpan);
    assertThat(children.get(second.id())).isNull();
    assertThat(container.getComponentCount()).isEqualTo(3);

    children.show(List.of());
    assertThat(container.getComponentCount()).isZero();
    assertThat(children.isEmpty()).isTrue();
  }

  private List<String> texts() {
    return container.getChildren().map(Component::getElement).map(e -> e.getText()).toList();
  }
}
