package dev.signoff.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;

/**
 * The page around every view. Server push keeps open views live: a comment, a resolution or a
 * notification shows up in the other users' browsers without reloading. The push connection is a
 * WebSocket that falls back to long polling, through the same session and security as every other
 * request of the UI.
 */
@Push
public class SignoffShell implements AppShellConfigurator {}
