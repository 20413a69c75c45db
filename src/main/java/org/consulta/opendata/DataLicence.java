package org.consulta.opendata;

/** The open licence a repository publishes its data under; CC BY 4.0 unless its administrators choose another. */
public enum DataLicence {
    CC_BY_4_0("CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/"),
    CC_BY_SA_4_0("CC-BY-SA-4.0", "https://creativecommons.org/licenses/by-sa/4.0/"),
    CC0_1_0("CC0-1.0", "https://creativecommons.org/publicdomain/zero/1.0/"),
    ODC_BY_1_0("ODC-By-1.0", "https://opendatacommons.org/licenses/by/1-0/");

    private final String spdx;
    private final String url;

    DataLicence(String spdx, String url) {
        this.spdx = spdx;
        this.url = url;
    }

    /** The SPDX identifier, as data catalogues read it. */
    public String spdx() { return spdx; }
    public String url() { return url; }
    public String getSpdx() { return spdx; }
    public String getUrl() { return url; }
}
