package dev.signoff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** Where a page of hits lies among all of them, with buttons to the previous and next page. */
class PrecedentPager extends HorizontalLayout {

  PrecedentPager(
      int pageNumber, int shown, long total, boolean hasNext, Runnable previous, Runnable next) {
    setId("precedent-pager");
    setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    long first = (long) (pageNumber - 1) * PrecedentSearchState.PAGE_SIZE + 1;
    Span count =
        new Span(
            shown == 0
                ? total + (total == 1 ? " hit" : " hits")
                : first
                    + "–"
                    + (first + shown - 1)
                    + " of "
                    + total
                    + (total == 1 ? " hit" : " hits"));
    count.setId("precedent-count");
    count.getElement().setAttribute("data-total", String.valueOf(total));
    Button back = new Button("Previous", VaadinIcon.ANGLE_LEFT.create(), click -> previous.run());
    back.setId("precedent-previous");
    back.setEnabled(pageNumber > 1);
    Button forward = new Button("Next", VaadinIcon.ANGLE_RIGHT.create(), click -> next.run());
    forward.setId("precedent-next");
    forward.setIconAfterText(true);
    forward.setEnabled(hasNext);
    back.addThemeVariants(ButtonVariant.LUMO_SMALL);
    forward.addThemeVariants(ButtonVariant.LUMO_SMALL);
    add(count, back, forward);
  }
}
