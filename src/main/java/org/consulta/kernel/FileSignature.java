package org.consulta.kernel;

/**
 * The first bytes that identify a file format, for judging uploads by their content rather than
 * their name. One place for the signatures, shared by logos and plan documents.
 */
public enum FileSignature {
    PDF('%', 'P', 'D', 'F', '-'),
    PNG(0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a),
    JPEG(0xff, 0xd8, 0xff),
    ZIP('P', 'K', 0x03, 0x04);

    private final int[] bytes;

    FileSignature(int... bytes) {
        this.bytes = bytes;
    }

    public boolean matches(byte[] data) {
        if (data == null || data.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((data[i] & 0xff) != bytes[i]) {
                return false;
            }
        }
        return true;
    }
}
