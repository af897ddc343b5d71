package io.vpcgate.custom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.BoolValue;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.Int64Value;
import com.google.protobuf.StringValue;
import dev.cel.runtime.Program;
import io.vpcgate.model.Attr;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The graph's values read in CEL exactly as the proto3 messages of the vocabulary would: every field of
 * every variable's type (and of the messages they nest), read, tested with {@code has()} and compared with
 * {@code null}, over random values, gives what it gives on a {@link DynamicMessage} with the same fields,
 * which CEL reads by protobuf's own rules.
 */
class GraphValueTest {
  private static final int SAMPLES = 40;
  private final CelCompiler cel = new CelCompiler();
  private final Random random = new Random(7);

  /** A random message of {@code type}, both ways: as the writer builds it, and as protobuf's builder does. */
  private record Both(BuiltMessage graph, DynamicMessage proto) {}

  @Test
  void everyFieldReadsAsItsProtoMessageWould() throws Exception {
    int compared = 0;
    for (Target.Role role : Target.Role.values()) {
      Target target = new Target(role, Optional.empty());
      String variable = target.variables().get(0);
      Descriptor type = descriptor(Vocabulary.typeOf(role));
      List<String> expressions = new ArrayList<>();
      expressions(variable, type, 0, expressions);
      List<Program> programs = new ArrayList<>();
      for (String e : expressions) {
        programs.add(cel.value(target, e, new SourceLine("t.yaml", 1), "when").program());
      }
      for (int n = 0; n < SAMPLES; n++) {
        Both value = random(type, 0);
        for (int i = 0; i < programs.size(); i++) {
          String asProto = outcome(programs.get(i), variable, value.proto());
          String asGraph = outcome(programs.get(i), variable, value.graph().value());
          assertEquals(asProto, asGraph, expressions.get(i) + " over " + value.proto());
          compared++;
        }
      }
    }
    assertTrue(compared > 5_000, "compared " + compared);
  }

  @Test
  void equalValuesAreEqual_aFieldSetToItsDefaultIsUnset() {
    Set<String> all = Set.of("name", "managed", "labels", "env_names", "min_instances");
    BuiltMessage a = new MessageWriter("Workload", all).set("name", Attr.known("api")).set("managed", Attr.known(false))
        .set("labels", Attr.known(Map.of())).set("env_names", Attr.known(List.of())).build();
    BuiltMessage b = new MessageWriter("Workload", all).set("name", Attr.known("api")).build();
    assertEquals(a.value(), b.value());
    assertEquals(a.value().hashCode(), b.value().hashCode());
    assertEquals(Optional.empty(), a.value().find("managed"));
    BuiltMessage c = new MessageWriter("Workload", all).set("name", Attr.known("api")).set("min_instances", Attr.known(0))
        .build();
    assertNotEquals(a.value(), c.value()); // a wrapper set to 0 is set
    assertEquals(Optional.of(0L), c.value().find("min_instances"));
  }

  /** The expression's result, or that it failed: the two must agree on both. */
  private static String outcome(Program program, String variable, Object value) {
    try {
      Object result = program.eval(Map.of(variable, value));
      return result.getClass().getSimpleName().replaceAll(".*List.*", "List").replaceAll(".*Map.*", "Map") + " " + result;
    } catch (Exception e) {
      return "error";
    }
  }

  /** Reads of every field under {@code at}, of {@code type}; nested messages' fields down to depth 2. */
  private static void expressions(String at, Descriptor type, int depth, List<String> out) {
    for (FieldDescriptor f : type.getFields()) {
      String p = at + "." + f.getName();
      boolean message = f.getType() == FieldDescriptor.Type.MESSAGE && !f.isMapField() && isVocabulary(f.getMessageType());
      out.add("has(" + p + ")");
      if (!message) {
        out.add(p);
        if (f.getType() == FieldDescriptor.Type.MESSAGE && !f.isRepeated()) {
          out.add(p + " == null");
        }
        if (f.isRepeated()) {
          out.add("size(" + p + ")");
        }
      } else if (f.isRepeated()) {
        out.add("size(" + p + ")");
        for (FieldDescriptor g : f.getMessageType().getFields()) {
          if (g.getType() != FieldDescriptor.Type.MESSAGE || !isVocabulary(g.getMessageType())) {
            out.add(p + ".map(e, e." + g.getName() + ")");
            out.add(p + ".map(e, has(e." + g.getName() + "))");
          }
        }
      } else if (depth < 2) {
        expressions(p, f.getMessageType(), depth + 1, out);
      }
    }
  }

  private Both random(Descriptor type, int depth) {
    Set<String> all = new java.util.HashSet<>();
    type.getFields().forEach(f -> all.add(f.getName()));
    MessageWriter graph = new MessageWriter(type.getName(), all);
    DynamicMessage.Builder proto = DynamicMessage.newBuilder(type);
    for (FieldDescriptor f : type.getFields()) {
      if (random.nextInt(4) == 0) {
        continue; // unset
      }
      if (f.isMapField()) {
        Map<String, String> m = List.of(Map.<String, String>of(), Map.of("env", "prod"), Map.of("b", "2", "a", "1"))
            .get(random.nextInt(3));
        graph.set(f.getName(), Attr.known(m));
        for (Map.Entry<String, String> e : new TreeMap<>(m).entrySet()) {
          Descriptor entry = f.getMessageType();
          proto.addRepeatedField(f, DynamicMessage.newBuilder(entry).setField(entry.findFieldByName("key"), e.getKey())
              .setField(entry.findFieldByName("value"), e.getValue()).build());
        }
      } else if (f.getType() == FieldDescriptor.Type.MESSAGE && isVocabulary(f.getMessageType())) {
        if (depth >= 2) {
          continue;
        }
        if (f.isRepeated()) {
          List<BuiltMessage> list = new ArrayList<>();
          for (int i = random.nextInt(3); i > 0; i--) {
            Both b = random(f.getMessageType(), depth + 1);
            list.add(b.graph());
            proto.addRepeatedField(f, b.proto());
          }
          graph.set(f.getName(), (Object) list);
        } else {
          Both b = random(f.getMessageType(), depth + 1);
          graph.set(f.getName(), b.graph());
          proto.setField(f, b.proto());
        }
      } else if (f.isRepeated()) {
        List<String> l = List.of(List.<String>of(), List.of("a"), List.of("a", "b")).get(random.nextInt(3));
        graph.set(f.getName(), Attr.known(l));
        l.forEach(v -> proto.addRepeatedField(f, v));
      } else {
        Object v = scalar(f);
        graph.set(f.getName(), Attr.known(v));
        proto.setField(f, switch (f.getType() == FieldDescriptor.Type.MESSAGE ? f.getMessageType().getName() : "") {
          case "Int64Value" -> Int64Value.of((Long) v);
          case "StringValue" -> StringValue.of((String) v);
          case "BoolValue" -> BoolValue.of((Boolean) v);
          default -> v;
        });
      }
    }
    return new Both(graph.build(), proto.build());
  }

  private Object scalar(FieldDescriptor f) {
    String kind = f.getType() == FieldDescriptor.Type.MESSAGE ? f.getMessageType().getName() : f.getJavaType().name();
    return switch (kind) {
      case "LONG", "Int64Value" -> random.nextBoolean() ? 0L : 12L;
      case "BOOLEAN", "BoolValue" -> random.nextBoolean();
      default -> List.of("", "a", "x-1").get(random.nextInt(3));
    };
  }

  private static boolean isVocabulary(Descriptor d) {
    return d.getFile() == Vocabulary.file() && !d.getOptions().getMapEntry();
  }

  private static Descriptor descriptor(String name) {
    return Vocabulary.file().getMessageTypes().stream().filter(d -> d.getName().equals(name)).findFirst().orElseThrow();
  }
}
