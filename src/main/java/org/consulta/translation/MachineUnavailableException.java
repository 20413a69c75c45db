package org.consulta.translation;

/** The translation service did not answer or failed: the queue tries again later, the original is shown meanwhile. */
public class MachineUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MachineUnavailableException(String message) {
        super(message);
    }
}
