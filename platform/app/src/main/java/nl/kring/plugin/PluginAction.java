package nl.kring.plugin;

/** What can happen to a plugin; each is recorded in the audit log with who and when. */
public enum PluginAction {
    INSTALL, UPGRADE, DOWNGRADE, ENABLE, DISABLE, UNINSTALL, REFUSE
}
