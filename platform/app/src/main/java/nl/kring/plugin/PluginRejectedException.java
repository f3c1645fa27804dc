package nl.kring.plugin;

/** An uploaded plugin that Kring refuses to install; the message says why in words a trainer can act on. */
public class PluginRejectedException extends RuntimeException {

    public PluginRejectedException(String message) {
        super(message);
    }
}
