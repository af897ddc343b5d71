import java.io.FileInputStream;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import javax.net.ssl.*;

/**
 * Test harness for src/test/dist/e2e.sh: a TLS handshake with localhost:PORT, trusting CERT.pem, printing the
 * protocol and cipher suite; run on the bundled runtime to show it speaks TLS as Google's front ends do.
 */
public class TlsProbe {
  public static void main(String[] a) throws Exception {
    KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
    ks.load(null, null);
    ks.setCertificateEntry("c", CertificateFactory.getInstance("X.509").generateCertificate(new FileInputStream(a[1])));
    TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(ks);
    SSLContext ctx = SSLContext.getInstance("TLS");
    ctx.init(null, tmf.getTrustManagers(), null);
    try (SSLSocket s = (SSLSocket) ctx.getSocketFactory().createSocket("localhost", Integer.parseInt(a[0]))) {
      s.startHandshake();
      System.out.println(s.getSession().getProtocol() + " " + s.getSession().getCipherSuite());
    }
  }
}
