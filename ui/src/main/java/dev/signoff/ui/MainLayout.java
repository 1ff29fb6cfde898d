package dev.signoff.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.signoff.identity.Caller;
import dev.signoff.identity.CurrentCaller;
import dev.signoff.identity.Roles;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;

/** The frame around every view: navigation, the signed-in user and logout. */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

  public MainLayout(AuthenticationContext authentication, CommentServices comments) {
    Caller caller = CurrentCaller.get();
    H1 title = new H1("Signoff");
    title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");

    Span user =
        new Span(
            caller.username()
                + " · "
                + caller.groups().stream().map(Roles::label).collect(Collectors.joining(", ")));
    user.setId("current-user");
    Button logout =
        new Button("Log out", VaadinIcon.SIGN_OUT.create(), click -> authentication.logout());
    logout.setId("logout");
    logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

    HorizontalLayout header =
        new HorizontalLayout(
            new DrawerToggle(), title, user, new NotificationBell(comments), logout);
    header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
    header.expand(user);
    header.setWidthFull();
    header.getStyle().set("padding-right", "var(--lumo-space-m)");
    user.getStyle().set("text-align", "right").set("color", "var(--lumo-secondary-text-color)");
    addToNavbar(header);

    SideNav navigation = new SideNav();
    navigation.setId("navigation");
    navigation.addItem(new SideNavItem("Inbox", InboxView.class, VaadinIcon.INBOX.create()));
    if (caller.isMemberOf(Roles.DEAL_OWNER)) {
      navigation.addItem(
          new SideNavItem("Submit a deal", SubmitDealView.class, VaadinIcon.UPLOAD.create()));
    }
    navigation.addItem(new SideNavItem("Deals", DealsBoardView.class, VaadinIcon.RECORDS.create()));
    navigation.addItem(
        new SideNavItem("Precedents", PrecedentSearchView.class, VaadinIcon.SEARCH.create()));
    navigation.addItem(new SideNavItem("API tokens", ApiTokensView.class, VaadinIcon.KEY.create()));
    if (caller.isMemberOf(Roles.ADMIN)) {
      navigation.addItem(
          new SideNavItem("Operations", OperationsView.class, VaadinIcon.COGS.create()));
    }
    addToDrawer(navigation);
  }

  /**
   * Shows each new view from its top: the views scroll inside the layout, which would otherwise
   * keep the previous view's scroll position.
   */
  @Override
  public void afterNavigation(AfterNavigationEvent event) {
    getElement()
        .executeJs(
            "const content = this.shadowRoot && this.shadowRoot.querySelector('[content]');"
                + " if (content) { content.scrollTop = 0; }");
  }
}
