package nl.kring.base.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Asking before something that cannot be undone (removing, uninstalling): a red confirm button and a way back. */
public final class Confirmations {

    private Confirmations() {
    }

    /** Opens the question; {@code action} runs only when the user confirms. */
    public static ConfirmDialog destructive(String id, String title, String text, String confirm, String cancel,
                                            Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog(title, text, confirm, e -> action.run());
        dialog.setCancelable(true);
        dialog.setCancelText(cancel);
        dialog.setConfirmButtonTheme("error primary");
        dialog.setId(id);
        dialog.open();
        return dialog;
    }
}
