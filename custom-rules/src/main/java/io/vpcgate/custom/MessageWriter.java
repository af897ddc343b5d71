package io.vpcgate.custom;

import com.google.protobuf.BoolValue;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.Int64Value;
import com.google.protobuf.StringValue;
import io.vpcgate.model.Attr;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Writes one message of the vocabulary from the model's attributes: a known value is set, an absent
 * one stays unset ({@code null} for a wrapper), an unknown one stays unset and is recorded, under its
 * path in the message, so that CEL sees it as unknown. A nested message brings its own unknowns.
 */
final class MessageWriter {
  private final DynamicMessage.Builder builder;
  private final Set<String> read;
  private final List<BuiltMessage.UnknownField> unknowns = new ArrayList<>();

  /**
   * {@code read}: the fields the rules' expressions select. CEL reads a field only by selecting it, so a field
   * whose name is not among them cannot be read: it is left unset, and what only it needs is not computed.
   */
  MessageWriter(String type, Set<String> read) {
    this.builder = DynamicMessage.newBuilder(Vocabulary.type(type));
    this.read = read;
  }

  /** Whether the rules' expressions may read {@code field}: else there is no need to compute it. */
  boolean wants(String field) {
    return read.contains(field);
  }

  /** A writer of a message of {@code type}, to nest in this one. */
  MessageWriter child(String type) {
    return new MessageWriter(type, read);
  }

  /** Sets {@code field} to {@code value}: a string, a boolean, a number, a list of strings, or a map. */
  MessageWriter set(String field, Attr<?> value) {
    if (!wants(field)) {
      return this;
    }
    if (value instanceof Attr.Unknown<?> u) {
      unknowns.add(new BuiltMessage.UnknownField(List.of(field), u.reason()));
    } else {
      java.util.Optional<?> known = value.known(); // no lambda: this runs for every field of every message
      if (known.isPresent()) {
        setKnown(field, known.get());
      }
    }
    return this;
  }

  /** Sets {@code field} to a known value, a nested message, or a list of nested messages. */
  MessageWriter set(String field, Object value) {
    if (!wants(field)) {
      return this;
    }
    if (value instanceof BuiltMessage m) {
      builder.setField(field(field), m.message());
      nest(m, field, -1);
    } else if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof BuiltMessage) {
      FieldDescriptor f = field(field);
      for (int i = 0; i < list.size(); i++) {
        BuiltMessage m = (BuiltMessage) list.get(i);
        builder.addRepeatedField(f, m.message());
        nest(m, field, i);
      }
    } else {
      setKnown(field, value);
    }
    return this;
  }

  private void nest(BuiltMessage m, String field, long index) {
    for (BuiltMessage.UnknownField u : m.unknowns()) {
      List<Object> at = new ArrayList<>(u.path().size() + 2);
      at.add(field);
      if (index >= 0) {
        at.add(index);
      }
      at.addAll(u.path());
      unknowns.add(new BuiltMessage.UnknownField(at, u.reason()));
    }
  }

  private void setKnown(String field, Object value) {
    FieldDescriptor f = field(field);
    if (f.isMapField()) {
      Descriptor entry = f.getMessageType();
      for (java.util.Map.Entry<?, ?> e : new java.util.TreeMap<>((java.util.Map<?, ?>) value).entrySet()) {
        builder.addRepeatedField(f, DynamicMessage.newBuilder(entry).setField(Vocabulary.field(entry, "key"), e.getKey())
            .setField(Vocabulary.field(entry, "value"), e.getValue()).buildPartial());
      }
      return;
    }
    if (f.isRepeated()) {
      for (Object v : (List<?>) value) {
        builder.addRepeatedField(f, String.valueOf(v));
      }
      return;
    }
    builder.setField(f, convert(f, value));
  }

  private static Object convert(FieldDescriptor f, Object value) {
    if (f.getType() != FieldDescriptor.Type.MESSAGE) {
      return f.getJavaType() == FieldDescriptor.JavaType.LONG ? ((Number) value).longValue() : value;
    }
    return switch (f.getMessageType().getName()) {
      case "Int64Value" -> Int64Value.of(((Number) value).longValue());
      case "BoolValue" -> BoolValue.of((Boolean) value);
      case "StringValue" -> StringValue.of(String.valueOf(value));
      default -> value;
    };
  }

  private FieldDescriptor field(String name) {
    Descriptor d = builder.getDescriptorForType();
    FieldDescriptor f = Vocabulary.field(d, name);
    if (f == null) {
      throw new IllegalArgumentException(d.getName() + " has no field " + name);
    }
    return f;
  }

  /** The message (partial, as protobuf says: the vocabulary is proto3, which has no required field to check). */
  BuiltMessage build() {
    return new BuiltMessage(builder.buildPartial(), List.copyOf(unknowns));
  }
}
