package io.vpcgate.custom;

import com.google.protobuf.BoolValue;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.Int64Value;
import com.google.protobuf.Message;
import com.google.protobuf.StringValue;
import io.vpcgate.model.Attr;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Writes one message of the vocabulary from the model's attributes: a known value is set, an absent
 * one stays unset ({@code null} for a wrapper), an unknown one stays unset and is recorded, under its
 * path, in {@link Unknowns}, so that CEL sees it as unknown.
 */
final class MessageWriter {
  private final DynamicMessage.Builder builder;
  private final List<Object> path;
  private final Unknowns unknowns;
  private final Set<String> read;

  /**
   * {@code read}: the identifiers of the rule's expressions. CEL selects a field by its name only, so a field
   * whose name is not among them cannot be read: it is left unset, and what only it needs is not computed.
   */
  MessageWriter(String type, List<Object> path, Unknowns unknowns, Set<String> read) {
    this.builder = DynamicMessage.newBuilder(Vocabulary.type(type));
    this.path = List.copyOf(path);
    this.unknowns = unknowns;
    this.read = read;
  }

  /** Whether the rule's expressions may read {@code field}: else there is no need to compute it. */
  boolean wants(String field) {
    return read.contains(field);
  }

  /** A message nested in this one at {@code field} (index {@code index} of a repeated field, or -1). */
  MessageWriter child(String type, String field, long index) {
    List<Object> at = new ArrayList<>(path);
    at.add(field);
    if (index >= 0) {
      at.add(index);
    }
    return new MessageWriter(type, at, unknowns, read);
  }

  /** Sets {@code field} to {@code value}: a string, a boolean, a number, a list of strings or a message. */
  MessageWriter set(String field, Attr<?> value) {
    if (!wants(field)) {
      return this;
    }
    if (value instanceof Attr.Unknown<?> u) {
      List<Object> at = new ArrayList<>(path);
      at.add(field);
      unknowns.add(at, u.reason());
    } else {
      value.known().ifPresent(v -> setKnown(field, v));
    }
    return this;
  }

  MessageWriter set(String field, Object value) {
    if (wants(field)) {
      setKnown(field, value);
    }
    return this;
  }

  private void setKnown(String field, Object value) {
    FieldDescriptor f = field(field);
    if (f.isMapField()) {
      Descriptor entry = f.getMessageType();
      for (java.util.Map.Entry<?, ?> e : new java.util.TreeMap<>((java.util.Map<?, ?>) value).entrySet()) {
        builder.addRepeatedField(f, DynamicMessage.newBuilder(entry).setField(entry.findFieldByName("key"), e.getKey())
            .setField(entry.findFieldByName("value"), e.getValue()).build());
      }
      return;
    }
    if (f.isRepeated()) {
      for (Object v : (List<?>) value) {
        builder.addRepeatedField(f, v instanceof Message m ? m : String.valueOf(v));
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
    FieldDescriptor f = d.findFieldByName(name);
    if (f == null) {
      throw new IllegalArgumentException(d.getName() + " has no field " + name);
    }
    return f;
  }

  Message build() {
    return builder.build();
  }
}
