import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Rewrites the class files under a package of a jar, in place, to Java 8's class-file version with stack map
 * frames: picocli ships Java 5 class files, which Java 17's class data sharing never archives ("Pre JDK 6 class
 * not supported by CDS"), so every start read and verified them from the jar with the old type-inferring verifier.
 * Run by the cli module's build after shading: {@code java -cp asm.jar UpgradeClassFiles JAR PACKAGE/...}.
 */
public final class UpgradeClassFiles {
  private UpgradeClassFiles() {}

  public static void main(String[] args) throws IOException {
    Path jar = Path.of(args[0]);
    int upgraded = 0;
    try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of())) {
      for (String prefix : List.of(args).subList(1, args.length)) {
        List<Path> classes;
        try (Stream<Path> walk = Files.walk(zip.getPath(prefix))) {
          classes = walk.filter(p -> p.toString().endsWith(".class")).toList();
        }
        for (Path c : classes) {
          byte[] in = Files.readAllBytes(c);
          int major = ((in[6] & 0xff) << 8) | (in[7] & 0xff);
          if (major >= Opcodes.V1_8) {
            continue;
          }
          Files.write(c, upgrade(in, zip));
          upgraded++;
        }
      }
    }
    System.out.println("UpgradeClassFiles: " + upgraded + " class files of " + jar.getFileName() + " now Java 8 with frames");
  }

  private static byte[] upgrade(byte[] in, FileSystem zip) {
    ClassReader reader = new ClassReader(in);
    // Frames need the common superclass of two types: the JDK's from the running JVM, the jar's from the jar.
    ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
      @Override
      protected String getCommonSuperClass(String a, String b) {
        if (a.equals(b)) {
          return a;
        }
        List<String> up = ancestors(a);
        for (String t = b; t != null; t = superOf(t)) {
          if (up.contains(t)) {
            return t;
          }
        }
        return "java/lang/Object";
      }

      private List<String> ancestors(String t) {
        List<String> out = new java.util.ArrayList<>();
        for (String s = t; s != null; s = superOf(s)) {
          out.add(s);
        }
        return out;
      }

      private String superOf(String t) {
        if (t.equals("java/lang/Object")) {
          return null;
        }
        Path p = zip.getPath(t + ".class");
        try {
          if (Files.exists(p)) {
            ClassReader r = new ClassReader(Files.readAllBytes(p));
            return (r.getAccess() & Opcodes.ACC_INTERFACE) != 0 ? "java/lang/Object" : r.getSuperName();
          }
          try (InputStream s = ClassLoader.getSystemResourceAsStream(t + ".class")) {
            if (s == null) {
              return "java/lang/Object";
            }
            ClassReader r = new ClassReader(s);
            return (r.getAccess() & Opcodes.ACC_INTERFACE) != 0 ? "java/lang/Object" : r.getSuperName();
          }
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    };
    reader.accept(new org.objectweb.asm.ClassVisitor(Opcodes.ASM9, writer) {
      @Override
      public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
        super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
      }
    }, ClassReader.SKIP_FRAMES);
    return writer.toByteArray();
  }

}
