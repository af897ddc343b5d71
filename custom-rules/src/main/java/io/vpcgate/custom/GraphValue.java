package io.vpcgate.custom;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import dev.cel.common.types.CelType;
import dev.cel.common.types.StructTypeReference;
import dev.cel.common.values.NullValue;
import dev.cel.common.values.StructValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

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
    private final Map<String, Slot> slots = new HashMap<>();
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
        s.descriptors.forEach((field, f) -> s.slots.put(field, new Slot(f, s.unset.get(field))));
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

    /** What {@code field} reads as unset. */
    Object unset(String field) {
      Object v = unset.get(field);
      if (v == null) {
        throw new IllegalArgumentException("field '" + field + "' is not declared in message '" + PACKAGE_DOT + name
            + "'");
      }
      return v;
    }

    /** How a value is written into {@code field} of this type; an {@link IllegalArgumentException} when it has none. */
    Slot slot(String field) {
      Slot s = slots.get(field);
      if (s == null) {
        throw new IllegalArgumentException(name + " has no field " + field);
      }
      return s;
    }
  }

  /**
   * A field of a message type as a value is written into it, worked out once from its descriptor: the form its
   * runtime value takes, and whether a value counts as set.
   */
  static final class Slot {
    /** A map, a list, a scalar (a 64-bit integer or other), or a message field (a wrapper of each kind, a message). */
    private enum Form { MAP, LIST, LONG, SCALAR, LONG_WRAPPER, STRING_WRAPPER, MESSAGE }

    private final Form form;
    private final Object unset;

    private Slot(FieldDescriptor f, Object unset) {
      this.unset = unset;
      if (f.isMapField()) {
        form = Form.MAP;
      } else if (f.isRepeated()) {
        form = Form.LIST;
      } else if (f.getType() != FieldDescriptor.Type.MESSAGE) {
        form = f.getJavaType() == FieldDescriptor.JavaType.LONG ? Form.LONG : Form.SCALAR;
      } else {
        form = switch (f.getMessageType().getName()) {
          case "Int64Value" -> Form.LONG_WRAPPER;
          case "StringValue" -> Form.STRING_WRAPPER;
          default -> Form.MESSAGE; // BoolValue (a Boolean) or a message of the vocabulary
        };
      }
    }

    /**
     * {@code value} as CEL's runtime holds a value of this field: a map in key order, a list of strings, a
     * {@code Long} for an integer, a wrapper's value unwrapped.
     */
    Object runtimeValue(Object value) {
      return switch (form) {
        case MAP -> {
          Map<Object, Object> m = new LinkedHashMap<>();
          new TreeMap<>((Map<?, ?>) value).forEach(m::put);
          yield Collections.unmodifiableMap(m);
        }
        case LIST -> {
          List<String> l = new ArrayList<>();
          for (Object v : (List<?>) value) {
            l.add(String.valueOf(v));
          }
          yield List.copyOf(l);
        }
        case LONG, LONG_WRAPPER -> Long.valueOf(((Number) value).longValue());
        case STRING_WRAPPER -> String.valueOf(value);
        case SCALAR, MESSAGE -> value;
      };
    }

    /**
     * Whether {@code value} (a runtime value of this field) counts as set: a scalar other than its default, a list
     * or map that is not empty, any wrapper or message.
     */
    boolean present(Object value) {
      return switch (form) {
        case MAP, LIST -> !(value instanceof List<?> l && l.isEmpty()) && !(value instanceof Map<?, ?> m && m.isEmpty());
        case LONG_WRAPPER, STRING_WRAPPER, MESSAGE -> true;
        case LONG, SCALAR -> !value.equals(unset);
      };
    }
  }
}
