package io.vpcgate.custom;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import dev.cel.common.types.CelType;
import dev.cel.common.types.StructTypeReference;
import dev.cel.common.values.NullValue;
import dev.cel.common.values.StructValue;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A message of the {@link Vocabulary} as CEL's runtime reads it: its fields' values held as CEL's own
 * runtime values (a string, a {@code Long}, a {@code Boolean}, a list, a map, a nested value), so that
 * selecting a field is one lookup. It reads as the proto3 message of its type would: an unset field
 * selects as its default ({@code ""}, {@code 0}, {@code false}, an empty list or map, {@code null} for a
 * wrapper, an empty message), and {@code has()} is true only for a field that is set to other than
 * its default (a scalar), non-empty (a list or map), or set at all (a wrapper or a message).
 */
final class GraphValue extends StructValue<String, GraphValue> {
  private final Shape shape;
  private final Map<String, Object> fields;

  /** {@code fields}: the set fields' values, as {@link Shape#present} has them. */
  GraphValue(Shape shape, Map<String, Object> fields) {
    this.shape = shape;
    this.fields = fields;
  }

  /** The shape of the vocabulary's type {@code name}. */
  static Shape shape(String name) {
    Shape s = Shape.BY_NAME.get(name);
    if (s == null) {
      throw new IllegalArgumentException("the vocabulary has no type " + name);
    }
    return s;
  }

  Shape shape() {
    return shape;
  }

  @Override
  public Object select(String field) {
    Object v = fields.get(field);
    return v != null ? v : shape.unset(field);
  }

  @Override
  public Optional<Object> find(String field) {
    shape.unset(field); // a field the type lacks is an error, as it is for a message
    return Optional.ofNullable(fields.get(field));
  }

  @Override
  public GraphValue value() {
    return this; // what CEL hands back for a whole message: this again, read by its fields
  }

  @Override
  public boolean isZeroValue() {
    return fields.isEmpty();
  }

  @Override
  public CelType celType() {
    return shape.type;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GraphValue g && g.shape == shape && g.fields.equals(fields);
  }

  @Override
  public int hashCode() {
    return shape.hashCode() * 31 + fields.hashCode();
  }

  @Override
  public String toString() {
    return shape.name + fields;
  }

  /**
   * A message type of the vocabulary: its name, and what each field reads as when it is not set. Made once per
   * type, from its descriptor.
   */
  static final class Shape {
    private static final String PACKAGE_DOT = Vocabulary.PACKAGE + ".";
    private static final Map<String, Shape> BY_NAME = shapes();
    private final String name;
    private final CelType type;
    private final Map<String, Object> unset = new HashMap<>();
    private final Map<String, FieldDescriptor> descriptors = new HashMap<>();
    private final GraphValue empty;

    private Shape(Descriptor d) {
      this.name = d.getName();
      this.type = StructTypeReference.create(d.getFullName());
      this.empty = new GraphValue(this, Map.of());
      for (FieldDescriptor f : d.getFields()) {
        descriptors.put(f.getName(), f);
      }
    }

    private static Map<String, Shape> shapes() {
      Map<String, Shape> m = new HashMap<>();
      for (Descriptor d : Vocabulary.file().getMessageTypes()) {
        m.put(d.getName(), new Shape(d));
      }
      for (Shape s : m.values()) { // after all exist: a message field's default is its type's empty value
        s.descriptors.forEach((field, f) -> s.unset.put(field, s.defaultOf(f, m)));
      }
      return Collections.unmodifiableMap(m);
    }

    private Object defaultOf(FieldDescriptor f, Map<String, Shape> shapes) {
      if (f.isMapField()) {
        return Map.of();
      }
      if (f.isRepeated()) {
        return List.of();
      }
      if (f.getType() != FieldDescriptor.Type.MESSAGE) {
        return f.getJavaType() == FieldDescriptor.JavaType.LONG ? Long.valueOf(0) : f.getDefaultValue();
      }
      Shape nested = shapes.get(f.getMessageType().getName());
      return nested != null && f.getMessageType().getFile() == Vocabulary.file() ? nested.empty : NullValue.NULL_VALUE;
    }

    String name() {
      return name;
    }

    /** The field {@code name} of this type; an {@link IllegalArgumentException} when it has none. */
    FieldDescriptor field(String field) {
      FieldDescriptor f = descriptors.get(field);
      if (f == null) {
        throw new IllegalArgumentException(name + " has no field " + field);
      }
      return f;
    }

    /** What {@code field} reads as unset. */
    Object unset(String field) {
      Object v = unset.get(field);
      if (v == null) {
        throw new IllegalArgumentException("field '" + field + "' is not declared in message '" + PACKAGE_DOT + name
            + "'");
      }
      return v;
    }

    /**
     * Whether {@code value} (a runtime value of {@code f}, a field of this type) counts as set: a scalar other than
     * its default, a list or map that is not empty, any wrapper or message.
     */
    boolean present(FieldDescriptor f, Object value) {
      if (f.isRepeated()) {
        return !(value instanceof List<?> l && l.isEmpty()) && !(value instanceof Map<?, ?> m && m.isEmpty());
      }
      return f.getType() == FieldDescriptor.Type.MESSAGE || !value.equals(unset(f.getName()));
    }
  }
}
