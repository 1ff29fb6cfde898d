package dev.signoff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.signoff.token.ApiToken;
import dev.signoff.token.IssuedToken;
import dev.signoff.token.PersonalTokens;
import dev.signoff.token.TokenScope;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The signed-in user's personal API tokens: create one with a name, a scope and a lifetime (its
 * secret is shown once), see when each was last used, revoke any at once.
 */
@Route("api-tokens")
@PageTitle("API tokens · Signoff")
@PermitAll
public class ApiTokensView extends VerticalLayout {

  private static final List<Integer> LIFETIME_DAYS = List.of(7, 30, 90, 365);

  private final PersonalTokens tokens;
  private final Clock clock;
  private final Grid<ApiToken> grid = new Grid<>();

  public ApiTokensView(PersonalTokens tokens, Clock clock) {
    this.tokens = tokens;
    this.clock = clock;
    setId("api-tokens-view");
    add(new H2("API tokens"));
    add(
        new Paragraph(
            "A personal API token calls the REST API as you (Authorization: Bearer sot_...), with"
                + " your roles. A read token may only read; a write token may also change what"
                + " your roles allow. Signoff keeps only a hash: the token is shown once."));

    TextField name = new TextField("Name");
    name.setId("token-name");
    name.setMaxLength(PersonalTokens.MAX_NAME_LENGTH);
    name.setPlaceholder("e.g. Reporting script");
    RadioButtonGroup<TokenScope> scope = new RadioButtonGroup<>("Scope");
    scope.setId("token-scope");
    scope.setItems(TokenScope.values());
    scope.setItemLabelGenerator(value -> value == TokenScope.READ ? "Read" : "Read and write");
    scope.setValue(TokenScope.READ);
    Select<Integer> lifetime = new Select<>();
    lifetime.setLabel("Expires after");
    lifetime.setId("token-lifetime");
    lifetime.setItems(LIFETIME_DAYS);
    lifetime.setItemLabelGenerator(days -> days + " days");
    lifetime.setValue(30);
    Button create =
        new Button(
            "Create token",
            click -> create(name.getValue(), scope.getValue(), lifetime.getValue(), name));
    create.setId("create-token");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    HorizontalLayout form = new HorizontalLayout(name, scope, lifetime, create);
    form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    add(form);

    grid.setId("tokens");
    grid.addColumn(ApiToken::name).setHeader("Name").setAutoWidth(true);
    grid.addColumn(token -> token.scope() == TokenScope.READ ? "Read" : "Read and write")
        .setHeader("Scope");
    grid.addColumn(token -> Formats.dateTime(token.createdAt())).setHeader("Created");
    grid.addColumn(
            token -> token.lastUsedAt() == null ? "never" : Formats.dateTime(token.lastUsedAt()))
        .setHeader("Last used");
    grid.addColumn(token -> Formats.date(token.expiresAt())).setHeader("Expires");
    grid.addColumn(this::status).setHeader("Status");
    grid.addComponentColumn(this::revokeButton).setHeader("");
    grid.setAllRowsVisible(true);
    add(grid);
    refresh();
  }

  private String status(ApiToken token) {
    if (token.revokedAt() != null) {
      return "revoked";
    }
    return token.activeAt(clock.instant()) ? "active" : "expired";
  }

  private Button revokeButton(ApiToken token) {
    Button revoke = new Button("Revoke");
    revoke.setId("revoke-" + token.id());
    revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
    revoke.setEnabled(token.activeAt(clock.instant()));
    revoke.addClickListener(
        click -> {
          try {
            tokens.revoke(token.id());
            Problems.success("Token \"" + token.name() + "\" revoked.");
            refresh();
          } catch (RuntimeException failure) {
            Problems.show(failure);
          }
        });
    return revoke;
  }

  private void create(String name, TokenScope scope, Integer days, TextField nameField) {
    try {
      IssuedToken issued = tokens.create(name, scope, days == null ? null : Duration.ofDays(days));
      nameField.clear();
      refresh();
      showOnce(issued);
    } catch (RuntimeException failure) {
      Problems.show(failure);
    }
  }

  private void showOnce(IssuedToken issued) {
    Dialog dialog = new Dialog();
    dialog.setId("new-token-dialog");
    dialog.setHeaderTitle("Token \"" + issued.token().name() + "\" created");
    TextField secret = new TextField("Your new token");
    secret.setId("new-token-secret");
    secret.setValue(issued.secret());
    secret.setReadOnly(true);
    secret.setWidthFull();
    Instant expires = issued.token().expiresAt();
    dialog.add(
        new Paragraph(
            "Copy it now: it is shown only this once and cannot be recovered. It expires on "
                + Formats.date(expires)
                + "."),
        secret);
    Button done = new Button("Done", click -> dialog.close());
    done.setId("new-token-done");
    done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.getFooter().add(done);
    dialog.setWidth("40rem");
    // Once closed, the secret is gone from the page and the session: it cannot be shown again.
    dialog.addOpenedChangeListener(
        change -> {
          if (!change.isOpened()) {
            secret.clear();
            remove(dialog);
          }
        });
    add(dialog);
    dialog.open();
  }

  private void refresh() {
    grid.setItems(tokens.mine());
  }
}
