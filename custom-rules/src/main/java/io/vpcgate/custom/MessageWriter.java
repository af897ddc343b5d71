package io.vpcgate.custom;

import io.vpcgate.model.Attr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes one message of the vocabulary from the model's attributes: a known value is set, an absent
 * one stays unset ({@code null} for a wrapper), an unknown one stays unset and is recorded, under its
 * path in the message, so that CEL sees it as unknown. A nested message brings its own unknowns.
 */
final class MessageWriter {
  private final GraphValue.Shape shape;
  private final Map<String, Object> fields = new HashMap<>();
  private final Set<String> read;
  private final List<BuiltMessage.UnknownField> unknowns = new ArrayList<>();

  /**
   * {@code read}: the fields the rules' expressions select. CEL reads a field only by selecting it, so a field
   * whose name is not among them cannot be read: it is left unset, and what only it needs is not computed.
   */
  MessageWriter(String type, Set<String> read) {
    this.shape = GraphValue.shape(type);
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
      shape.slot(field); // a field the type lacks is an error
      fields.put(field, m.value());
      nest(m, field, -1);
    } else if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof BuiltMessage) {
      shape.slot(field); // a field the type lacks is an error
      List<GraphValue> values = new ArrayList<>(list.size());
      for (int i = 0; i < list.size(); i++) {
        BuiltMessage m = (BuiltMessage) list.get(i);
        values.add(m.value());
        nest(m, field, i);
      }
      fields.put(field, List.copyOf(values));
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

  /** Sets {@code field} to {@code value} as CEL reads it; a value that reads as unset is left unset. */
  private void setKnown(String field, Object value) {
    GraphValue.Slot slot = shape.slot(field);
    Object v = slot.runtimeValue(value);
    if (slot.present(v)) {
      fields.put(field, v);
    }
  }

  /** The message, with its unknown fields. */
  BuiltMessage build() {
    return new BuiltMessage(new GraphValue(shape, fields), List.copyOf(unknowns));
  }
}
