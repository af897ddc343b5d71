package io.vpcgate.input.hcl;

import static io.vpcgate.input.hcl.Evaluator.toBool;
import static io.vpcgate.input.hcl.Evaluator.toNum;
import static io.vpcgate.input.hcl.Evaluator.toStr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Terraform's built-in functions. Functions that cannot be known before apply ({@code uuid},
 * {@code timestamp}) and those not implemented return unknown with the reason, never a guess.
 */
final class Functions {
  /**
   * Jackson's mappers, made on the first jsonencode/jsondecode/yamlencode/yamldecode call: as static fields of
   * Functions they loaded about 380 Jackson classes into every check, most of which call none of these.
   */
  private static final class Mappers {
    static final ObjectMapper JSON =
        new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).enable(YAMLGenerator.Feature.MINIMIZE_QUOTES))
        .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private Mappers() {}
  }

  // The tables are built once per JVM, not per evaluator (that is, per root module): none of their functions reads an
  // evaluator's state (templatefile, which does, is dispatched before them).
  /** Functions whose arguments may contain unknown parts: they only move values around. */
  private static final Map<String, Function<List<Value>, Value>> structural = new java.util.HashMap<>();
  /** Functions that need wholly known arguments. */
  private static final Map<String, Function<List<Value>, Value>> strict = new java.util.HashMap<>();
  private static final Set<String> DIFFER_PER_RUN = Set.of("uuid", "timestamp", "plantimestamp", "bcrypt", "uuidv5");
  private static final Set<String> NOT_EVALUATED =
      Set.of("fileset", "filebase64", "textdecodebase64", "textencodebase64", "type", "ephemeralasnull");

  static {
    registerCollections();
    registerStrings();
    registerNumbers();
    registerEncoding();
    registerNetwork();
  }

  private final Evaluator evaluator;

  Functions(Evaluator evaluator) {
    this.evaluator = evaluator;
  }

  Value call(Expr.Call c, Scope scope) {
    String name = c.name();
    if (name.startsWith("provider::")) {
      return new Value.Unknown("provider function " + name + " is evaluated by the provider");
    }
    if (name.equals("try")) {
      for (Expr arg : c.args()) {
        try {
          Value v = evaluator.eval(arg, scope);
          if (!v.isWhollyKnown()) {
            return Evaluator.unknownOf(v);
          }
          return v;
        } catch (EvalException e) {
          // try the next argument
        }
      }
      throw new EvalException("no argument of try() could be evaluated");
    }
    if (name.equals("can")) {
      try {
        Value v = evaluator.eval(c.args().get(0), scope);
        return v.isWhollyKnown() ? new Value.Bool(true) : Evaluator.unknownOf(v);
      } catch (EvalException e) {
        return new Value.Bool(false);
      }
    }
    List<Value> args = new ArrayList<>();
    for (Expr arg : c.args()) {
      args.add(evaluator.eval(arg, scope));
    }
    if (c.expandLast() && !args.isEmpty()) {
      Value last = args.remove(args.size() - 1);
      if (!last.isKnown()) {
        return last;
      }
      args.addAll(list(last));
    }
    if (DIFFER_PER_RUN.contains(name)) {
      return new Value.Unknown(name + "() differs on every run");
    }
    if (NOT_EVALUATED.contains(name)) {
      return new Value.Unknown(name + "() is not evaluated by vpcgate");
    }
    if (name.equals("file") || name.equals("fileexists") || name.equals("templatefile")) {
      for (Value a : args) {
        if (!a.isWhollyKnown()) {
          return Evaluator.unknownOf(a);
        }
      }
      return name.equals("templatefile") ? templateFile(args, scope.baseDirectory()) : file(name, args, scope.baseDirectory());
    }
    Function<List<Value>, Value> f = structural.get(name);
    if (f != null) {
      for (Value a : args) {
        if (!a.isKnown()) {
          return a;
        }
      }
    } else {
      f = strict.get(name);
      if (f == null) {
        throw new EvalException("call to unknown function " + name + "()");
      }
      for (Value a : args) {
        if (!a.isWhollyKnown()) {
          return Evaluator.unknownOf(a);
        }
      }
    }
    try {
      return f.apply(args);
    } catch (IndexOutOfBoundsException e) {
      throw new EvalException(name + "() called with too few arguments");
    } catch (ArithmeticException e) {
      throw new EvalException(name + "(): " + e.getMessage());
    }
  }

  // ---- collections -------------------------------------------------------------------------

  private static void registerCollections() {
    structural.put("length", a -> {
      Value v = a.get(0);
      if (v instanceof Value.Str s) {
        return Value.Num.of(s.value().codePointCount(0, s.value().length()));
      }
      return Value.Num.of(v instanceof Value.MapV m ? m.entries().size() : list(v).size());
    });
    structural.put("concat", a -> {
      List<Value> out = new ArrayList<>();
      a.forEach(v -> out.addAll(list(v)));
      return new Value.ListV(out);
    });
    structural.put("merge", a -> {
      Map<String, Value> out = new LinkedHashMap<>();
      for (Value v : a) {
        if (v.isNull()) {
          continue;
        }
        out.putAll(map(v));
      }
      return new Value.MapV(out);
    });
    structural.put("lookup", a -> {
      Map<String, Value> m = map(a.get(0));
      String k = toStr(a.get(1));
      if (m.containsKey(k)) {
        return m.get(k);
      }
      if (a.size() > 2) {
        return a.get(2);
      }
      throw new EvalException("lookup(): no key \"" + k + "\"");
    });
    structural.put("element", a -> {
      List<Value> l = list(a.get(0));
      if (l.isEmpty()) {
        throw new EvalException("element() on an empty list");
      }
      return l.get(Math.floorMod(toNum(a.get(1)).intValue(), l.size()));
    });
    structural.put("coalesce", a -> {
      for (Value v : a) {
        if (!v.isKnown()) {
          return v;
        }
        if (!v.isNull() && !(v instanceof Value.Str s && s.value().isEmpty())) {
          return v;
        }
      }
      throw new EvalException("coalesce(): no non-null, non-empty argument");
    });
    structural.put("coalescelist", a -> {
      for (Value v : a) {
        if (!list(v).isEmpty()) {
          return v;
        }
      }
      throw new EvalException("coalescelist(): all lists are empty");
    });
    structural.put("keys", a -> new Value.ListV(
        new TreeMap<>(map(a.get(0))).keySet().stream().map(Value::str).map(Value.class::cast).toList()));
    structural.put("values", a -> new Value.ListV(new ArrayList<>(new TreeMap<>(map(a.get(0))).values())));
    structural.put("tolist", a -> a.get(0).isNull() ? a.get(0) : new Value.ListV(list(a.get(0))));
    structural.put("tomap", a -> a.get(0).isNull() ? a.get(0) : new Value.MapV(map(a.get(0))));
    structural.put("one", a -> {
      List<Value> l = list(a.get(0));
      if (l.size() > 1) {
        throw new EvalException("one(): more than one element");
      }
      return l.isEmpty() ? Value.NULL : l.get(0);
    });
    structural.put("reverse", a -> {
      List<Value> l = new ArrayList<>(list(a.get(0)));
      Collections.reverse(l);
      return new Value.ListV(l);
    });
    structural.put("slice", a -> {
      List<Value> l = list(a.get(0));
      int from = toNum(a.get(1)).intValueExact();
      int to = toNum(a.get(2)).intValueExact();
      if (from < 0 || to > l.size() || from > to) {
        throw new EvalException("slice(): indices out of range");
      }
      return new Value.ListV(new ArrayList<>(l.subList(from, to)));
    });
    structural.put("zipmap", a -> {
      List<Value> k = list(a.get(0));
      List<Value> v = list(a.get(1));
      Map<String, Value> out = new LinkedHashMap<>();
      for (int i = 0; i < k.size() && i < v.size(); i++) {
        out.put(toStr(k.get(i)), v.get(i));
      }
      return new Value.MapV(out);
    });
    structural.put("sensitive", a -> a.get(0));
    structural.put("nonsensitive", a -> a.get(0));
    structural.put("flatten", a -> new Value.ListV(flatten(a.get(0))));
    strict.put("toset", a -> a.get(0).isNull() ? a.get(0) : new Value.ListV(distinct(list(a.get(0)))));
    strict.put("distinct", a -> new Value.ListV(distinct(list(a.get(0)))));
    strict.put("compact", a -> new Value.ListV(list(a.get(0)).stream()
        .filter(v -> !v.isNull() && !(v instanceof Value.Str s && s.value().isEmpty())).toList()));
    strict.put("contains", a -> new Value.Bool(list(a.get(0)).stream().anyMatch(v -> Values.equal(v, a.get(1)))));
    strict.put("index", a -> {
      List<Value> l = list(a.get(0));
      for (int i = 0; i < l.size(); i++) {
        if (Values.equal(l.get(i), a.get(1))) {
          return Value.Num.of(i);
        }
      }
      throw new EvalException("index(): item not found");
    });
    strict.put("setunion", a -> {
      List<Value> all = new ArrayList<>();
      a.forEach(v -> all.addAll(list(v)));
      return new Value.ListV(distinct(all));
    });
    strict.put("setintersection", a -> new Value.ListV(distinct(list(a.get(0)).stream()
        .filter(v -> a.stream().allMatch(s -> list(s).stream().anyMatch(x -> Values.equal(x, v)))).toList())));
    strict.put("setsubtract", a -> new Value.ListV(distinct(list(a.get(0)).stream()
        .filter(v -> list(a.get(1)).stream().noneMatch(x -> Values.equal(x, v))).toList())));
    strict.put("alltrue", a -> new Value.Bool(list(a.get(0)).stream().allMatch(Evaluator::toBool)));
    strict.put("anytrue", a -> new Value.Bool(list(a.get(0)).stream().anyMatch(Evaluator::toBool)));
    strict.put("range", a -> {
      BigDecimal start = a.size() > 1 ? toNum(a.get(0)) : BigDecimal.ZERO;
      BigDecimal end = toNum(a.get(a.size() > 1 ? 1 : 0));
      BigDecimal step = a.size() > 2 ? toNum(a.get(2)) : BigDecimal.ONE;
      if (step.signum() == 0) {
        throw new EvalException("range(): step must not be zero");
      }
      List<Value> out = new ArrayList<>();
      for (BigDecimal x = start; step.signum() > 0 ? x.compareTo(end) < 0 : x.compareTo(end) > 0; x = x.add(step)) {
        if (out.size() > 1024) {
          throw new EvalException("range(): more than 1024 elements");
        }
        out.add(new Value.Num(x));
      }
      return new Value.ListV(out);
    });
    strict.put("chunklist", a -> {
      List<Value> l = list(a.get(0));
      int n = toNum(a.get(1)).intValueExact();
      List<Value> out = new ArrayList<>();
      for (int i = 0; n > 0 && i < l.size(); i += n) {
        out.add(new Value.ListV(new ArrayList<>(l.subList(i, Math.min(l.size(), i + n)))));
      }
      return new Value.ListV(out);
    });
    strict.put("sort", a -> new Value.ListV(list(a.get(0)).stream().map(Evaluator::toStr).sorted()
        .map(Value::str).map(Value.class::cast).toList()));
    strict.put("sum", a -> new Value.Num(list(a.get(0)).stream().map(Evaluator::toNum)
        .reduce(BigDecimal.ZERO, BigDecimal::add)));
    strict.put("setproduct", a -> {
      List<List<Value>> acc = new ArrayList<>();
      acc.add(List.of());
      for (Value s : a) {
        List<List<Value>> next = new ArrayList<>();
        for (List<Value> prefix : acc) {
          for (Value v : list(s)) {
            List<Value> p = new ArrayList<>(prefix);
            p.add(v);
            next.add(p);
          }
        }
        acc = next;
      }
      return new Value.ListV(acc.stream().map(l -> (Value) new Value.ListV(l)).toList());
    });
    strict.put("transpose", a -> {
      Map<String, List<Value>> out = new TreeMap<>();
      map(a.get(0)).forEach((k, vs) -> list(vs).forEach(v ->
          out.computeIfAbsent(toStr(v), x -> new ArrayList<>()).add(Value.str(k))));
      Map<String, Value> m = new LinkedHashMap<>();
      out.forEach((k, v) -> m.put(k, new Value.ListV(v)));
      return new Value.MapV(m);
    });
  }

  // ---- strings -----------------------------------------------------------------------------

  private static void registerStrings() {
    strict.put("lower", a -> Value.str(toStr(a.get(0)).toLowerCase()));
    strict.put("upper", a -> Value.str(toStr(a.get(0)).toUpperCase()));
    strict.put("title", a -> {
      StringBuilder sb = new StringBuilder();
      boolean start = true;
      for (char c : toStr(a.get(0)).toCharArray()) {
        sb.append(start ? Character.toUpperCase(c) : c);
        start = !Character.isLetterOrDigit(c);
      }
      return Value.str(sb.toString());
    });
    strict.put("trimspace", a -> Value.str(toStr(a.get(0)).strip()));
    strict.put("chomp", a -> Value.str(toStr(a.get(0)).replaceAll("[\r\n]+$", "")));
    strict.put("trim", a -> {
      String s = toStr(a.get(0));
      String cut = toStr(a.get(1));
      int i = 0;
      int j = s.length();
      while (i < j && cut.indexOf(s.charAt(i)) >= 0) {
        i++;
      }
      while (j > i && cut.indexOf(s.charAt(j - 1)) >= 0) {
        j--;
      }
      return Value.str(s.substring(i, j));
    });
    strict.put("trimprefix", a -> {
      String s = toStr(a.get(0));
      String p = toStr(a.get(1));
      return Value.str(s.startsWith(p) ? s.substring(p.length()) : s);
    });
    strict.put("trimsuffix", a -> {
      String s = toStr(a.get(0));
      String p = toStr(a.get(1));
      return Value.str(s.endsWith(p) ? s.substring(0, s.length() - p.length()) : s);
    });
    strict.put("startswith", a -> new Value.Bool(toStr(a.get(0)).startsWith(toStr(a.get(1)))));
    strict.put("endswith", a -> new Value.Bool(toStr(a.get(0)).endsWith(toStr(a.get(1)))));
    strict.put("strcontains", a -> new Value.Bool(toStr(a.get(0)).contains(toStr(a.get(1)))));
    strict.put("strrev", a -> Value.str(new StringBuilder(toStr(a.get(0))).reverse().toString()));
    strict.put("join", a -> {
      List<String> parts = new ArrayList<>();
      for (int i = 1; i < a.size(); i++) {
        list(a.get(i)).forEach(v -> parts.add(toStr(v)));
      }
      return Value.str(String.join(toStr(a.get(0)), parts));
    });
    strict.put("split", a -> new Value.ListV(splitLiteral(toStr(a.get(1)), toStr(a.get(0)))));
    strict.put("replace", a -> {
      String s = toStr(a.get(0));
      String search = toStr(a.get(1));
      String with = toStr(a.get(2));
      if (search.length() > 1 && search.startsWith("/") && search.endsWith("/")) {
        Pattern p = Pattern.compile(search.substring(1, search.length() - 1));
        return Value.str(p.matcher(s).replaceAll(with.replaceAll("\\$\\{?(\\d+)}?", "\\$$1")));
      }
      return Value.str(s.replace(search, with));
    });
    strict.put("substr", a -> {
      String s = toStr(a.get(0));
      int[] cps = s.codePoints().toArray();
      int off = toNum(a.get(1)).intValueExact();
      int len = toNum(a.get(2)).intValueExact();
      if (off < 0) {
        off = Math.max(0, cps.length + off);
      }
      off = Math.min(off, cps.length);
      int end = len < 0 ? cps.length : Math.min(cps.length, off + len);
      return Value.str(new String(cps, off, end - off));
    });
    strict.put("format", a -> Value.str(format(toStr(a.get(0)), a.subList(1, a.size()))));
    strict.put("formatlist", a -> {
      int n = -1;
      for (Value v : a.subList(1, a.size())) {
        if (v instanceof Value.ListV l) {
          if (n >= 0 && n != l.items().size()) {
            throw new EvalException("formatlist(): all lists must have the same length");
          }
          n = l.items().size();
        }
      }
      List<Value> out = new ArrayList<>();
      for (int i = 0; i < (n < 0 ? 1 : n); i++) {
        List<Value> row = new ArrayList<>();
        for (Value v : a.subList(1, a.size())) {
          row.add(v instanceof Value.ListV l ? l.items().get(i) : v);
        }
        out.add(Value.str(format(toStr(a.get(0)), row)));
      }
      return new Value.ListV(out);
    });
    strict.put("indent", a -> Value.str(toStr(a.get(1)).replace("\n", "\n" + " ".repeat(toNum(a.get(0)).intValue()))));
    strict.put("regex", a -> {
      Matcher m = Pattern.compile(toStr(a.get(0))).matcher(toStr(a.get(1)));
      if (!m.find()) {
        throw new EvalException("regex(): no match");
      }
      return regexResult(m);
    });
    strict.put("regexall", a -> {
      Matcher m = Pattern.compile(toStr(a.get(0))).matcher(toStr(a.get(1)));
      List<Value> out = new ArrayList<>();
      while (m.find()) {
        out.add(regexResult(m));
      }
      return new Value.ListV(out);
    });
    strict.put("tostring", a -> a.get(0).isNull() ? a.get(0) : Value.str(toStr(a.get(0))));
    strict.put("tonumber", a -> a.get(0).isNull() ? a.get(0) : new Value.Num(toNum(a.get(0))));
    strict.put("tobool", a -> a.get(0).isNull() ? a.get(0) : new Value.Bool(toBool(a.get(0))));
    strict.put("basename", a -> Value.str(Path.of(toStr(a.get(0))).getFileName().toString()));
    strict.put("dirname", a -> {
      Path p = Path.of(toStr(a.get(0))).getParent();
      return Value.str(p == null ? "." : p.toString());
    });
    strict.put("abspath", a -> Value.str(toStr(a.get(0))));
    strict.put("pathexpand", a -> Value.str(toStr(a.get(0))));
  }

  private static Value regexResult(Matcher m) {
    if (m.groupCount() == 0) {
      return Value.str(m.group());
    }
    List<Value> groups = new ArrayList<>();
    for (int i = 1; i <= m.groupCount(); i++) {
      groups.add(m.group(i) == null ? Value.NULL : Value.str(m.group(i)));
    }
    return new Value.ListV(groups);
  }

  /** templatefile(path, vars): the file as a template whose names are the map's keys. */
  private Value templateFile(List<Value> args, Path base) {
    Value text = file("file", args.subList(0, 1), base);
    if (!(text instanceof Value.Str s)) {
      return text;
    }
    Map<String, Value> vars = args.size() > 1 ? map(args.get(1)) : Map.of();
    Scope names = (root, steps) -> vars.containsKey(root) ? new Scope.Resolution(vars.get(root), 0) : null;
    return evaluator.eval(HclParser.parseTemplate(s.value()), names);
  }

  /** file() and fileexists(), relative to the module directory; refused where there is none. */
  private static Value file(String function, List<Value> args, Path base) {
    if (base == null) {
      return new Value.Unknown(function + "() reads no files here");
    }
    Path p = base.resolve(toStr(args.get(0))).normalize();
    if (function.equals("fileexists")) {
      return new Value.Bool(Files.isRegularFile(p));
    }
    try {
      return Value.str(Files.readString(p, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new EvalException("file(): cannot read " + toStr(args.get(0)));
    }
  }

  private static List<Value> splitLiteral(String s, String sep) {
    List<Value> out = new ArrayList<>();
    if (sep.isEmpty()) {
      s.codePoints().forEach(cp -> out.add(Value.str(new String(Character.toChars(cp)))));
      return out;
    }
    int from = 0;
    while (true) {
      int i = s.indexOf(sep, from);
      if (i < 0) {
        out.add(Value.str(s.substring(from)));
        return out;
      }
      out.add(Value.str(s.substring(from, i)));
      from = i + sep.length();
    }
  }

  /** Terraform's format(): %s %d %f %q %v %t %% with optional width/precision. */
  static String format(String spec, List<Value> args) {
    StringBuilder sb = new StringBuilder();
    int arg = 0;
    for (int i = 0; i < spec.length(); i++) {
      char c = spec.charAt(i);
      if (c != '%') {
        sb.append(c);
        continue;
      }
      int j = i + 1;
      while (j < spec.length() && "-+# 0123456789.".indexOf(spec.charAt(j)) >= 0) {
        j++;
      }
      if (j >= spec.length()) {
        throw new EvalException("format(): incomplete verb");
      }
      String flags = spec.substring(i + 1, j);
      char verb = spec.charAt(j);
      i = j;
      if (verb == '%') {
        sb.append('%');
        continue;
      }
      if (arg >= args.size()) {
        throw new EvalException("format(): not enough arguments");
      }
      Value v = args.get(arg++);
      switch (verb) {
        case 's', 'v' -> sb.append(String.format("%" + flags.replace("0", "") + "s",
            v instanceof Value.ListV || v instanceof Value.MapV ? jsonOf(v) : toStr(v)));
        case 'q' -> sb.append(jsonOf(Value.str(toStr(v))));
        case 'd' -> sb.append(String.format("%" + flags + "d", toNum(v).setScale(0, RoundingMode.DOWN).toBigInteger()));
        case 'f', 'e', 'g' -> sb.append(String.format("%" + flags + verb, toNum(v)));
        case 't' -> sb.append(toBool(v));
        case 'x', 'X', 'o', 'b' -> sb.append(toNum(v).toBigInteger().toString(verb == 'o' ? 8 : verb == 'b' ? 2 : 16));
        default -> throw new EvalException("format(): unsupported verb %" + verb);
      }
    }
    return sb.toString();
  }

  // ---- numbers -----------------------------------------------------------------------------

  private static void registerNumbers() {
    strict.put("abs", a -> new Value.Num(toNum(a.get(0)).abs()));
    strict.put("ceil", a -> new Value.Num(toNum(a.get(0)).setScale(0, RoundingMode.CEILING)));
    strict.put("floor", a -> new Value.Num(toNum(a.get(0)).setScale(0, RoundingMode.FLOOR)));
    strict.put("signum", a -> Value.Num.of(toNum(a.get(0)).signum()));
    strict.put("max", a -> new Value.Num(a.stream().map(Evaluator::toNum).max(BigDecimal::compareTo)
        .orElseThrow(() -> new EvalException("max() needs arguments"))));
    strict.put("min", a -> new Value.Num(a.stream().map(Evaluator::toNum).min(BigDecimal::compareTo)
        .orElseThrow(() -> new EvalException("min() needs arguments"))));
    strict.put("pow", a -> new Value.Num(BigDecimal.valueOf(Math.pow(toNum(a.get(0)).doubleValue(), toNum(a.get(1)).doubleValue()))));
    strict.put("log", a -> new Value.Num(BigDecimal.valueOf(Math.log(toNum(a.get(0)).doubleValue()) / Math.log(toNum(a.get(1)).doubleValue()))));
    strict.put("parseint", a -> {
      try {
        return new Value.Num(new BigDecimal(new java.math.BigInteger(toStr(a.get(0)), toNum(a.get(1)).intValueExact())));
      } catch (NumberFormatException e) {
        throw new EvalException("parseint(): cannot parse \"" + toStr(a.get(0)) + "\"");
      }
    });
  }

  // ---- encoding ----------------------------------------------------------------------------

  private static void registerEncoding() {
    strict.put("jsonencode", a -> Value.str(jsonOf(a.get(0))));
    strict.put("yamldecode", a -> {
      try {
        return fromJson(Mappers.YAML.readTree(toStr(a.get(0))));
      } catch (JsonProcessingException e) {
        throw new EvalException("yamldecode(): invalid YAML");
      }
    });
    strict.put("yamlencode", a -> {
      try {
        return Value.str(Mappers.YAML.writeValueAsString(toJava(a.get(0))));
      } catch (JsonProcessingException e) {
        throw new EvalException("yamlencode(): " + e.getOriginalMessage());
      }
    });
    strict.put("jsondecode", a -> {
      try {
        return fromJson(Mappers.JSON.readTree(toStr(a.get(0))));
      } catch (JsonProcessingException e) {
        throw new EvalException("jsondecode(): invalid JSON");
      }
    });
    strict.put("base64encode", a -> Value.str(Base64.getEncoder().encodeToString(toStr(a.get(0)).getBytes(StandardCharsets.UTF_8))));
    strict.put("base64decode", a -> {
      try {
        return Value.str(new String(Base64.getDecoder().decode(toStr(a.get(0))), StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        throw new EvalException("base64decode(): invalid base64");
      }
    });
    strict.put("urlencode", a -> Value.str(java.net.URLEncoder.encode(toStr(a.get(0)), StandardCharsets.UTF_8).replace("+", "%20")));
    for (String[] h : new String[][] {{"md5", "MD5"}, {"sha1", "SHA-1"}, {"sha256", "SHA-256"}, {"sha512", "SHA-512"}}) {
      strict.put(h[0], a -> Value.str(digest(h[1], toStr(a.get(0)))));
    }
  }

  private static String digest(String algorithm, String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String jsonOf(Value v) {
    try {
      return Mappers.JSON.writeValueAsString(toJava(v));
    } catch (JsonProcessingException e) {
      throw new EvalException("jsonencode(): " + e.getOriginalMessage());
    }
  }

  private static Object toJava(Value v) {
    if (v instanceof Value.Str s) {
      return s.value();
    }
    if (v instanceof Value.Num n) {
      return n.value().stripTrailingZeros().scale() <= 0 ? n.value().toBigInteger() : n.value();
    }
    if (v instanceof Value.Bool b) {
      return b.value();
    }
    if (v instanceof Value.ListV l) {
      return l.items().stream().map(Functions::toJava).toList();
    }
    if (v instanceof Value.MapV m) {
      Map<String, Object> out = new TreeMap<>();
      m.entries().forEach((k, x) -> out.put(k, toJava(x)));
      return out;
    }
    return null;
  }

  static Value fromJson(JsonNode n) {
    if (n.isTextual()) {
      return Value.str(n.textValue());
    }
    if (n.isNumber()) {
      return new Value.Num(n.decimalValue());
    }
    if (n.isBoolean()) {
      return new Value.Bool(n.booleanValue());
    }
    if (n.isArray()) {
      List<Value> out = new ArrayList<>();
      n.forEach(x -> out.add(fromJson(x)));
      return new Value.ListV(out);
    }
    if (n.isObject()) {
      Map<String, Value> out = new LinkedHashMap<>();
      n.fields().forEachRemaining(e -> out.put(e.getKey(), fromJson(e.getValue())));
      return new Value.MapV(out);
    }
    return Value.NULL;
  }

  // ---- network -----------------------------------------------------------------------------

  private static void registerNetwork() {
    strict.put("cidrhost", a -> Value.str(CidrMath.host(toStr(a.get(0)), toNum(a.get(1)).longValueExact())));
    strict.put("cidrnetmask", a -> Value.str(CidrMath.netmask(toStr(a.get(0)))));
    strict.put("cidrsubnet", a -> Value.str(CidrMath.subnet(toStr(a.get(0)),
        toNum(a.get(1)).intValueExact(), toNum(a.get(2)).longValueExact())));
    strict.put("cidrsubnets", a -> {
      List<Integer> bits = new ArrayList<>();
      a.subList(1, a.size()).forEach(v -> bits.add(toNum(v).intValueExact()));
      return new Value.ListV(CidrMath.subnets(toStr(a.get(0)), bits).stream().map(Value::str).map(Value.class::cast).toList());
    });
  }

  // ---- helpers -----------------------------------------------------------------------------

  static List<Value> list(Value v) {
    if (v instanceof Value.ListV l) {
      return l.items();
    }
    if (v instanceof Value.MapV m) {
      return new ArrayList<>(new TreeMap<>(m.entries()).values());
    }
    if (v.isNull()) {
      throw new EvalException("a list is required, got null");
    }
    throw new EvalException("a list is required, got " + v.typeName());
  }

  static Map<String, Value> map(Value v) {
    if (v instanceof Value.MapV m) {
      return m.entries();
    }
    throw new EvalException("a map is required, got " + v.typeName());
  }

  private static List<Value> flatten(Value v) {
    List<Value> out = new ArrayList<>();
    for (Value item : list(v)) {
      if (item instanceof Value.ListV) {
        out.addAll(flatten(item));
      } else {
        out.add(item);
      }
    }
    return out;
  }

  private static List<Value> distinct(List<Value> l) {
    List<Value> out = new ArrayList<>();
    for (Value v : l) {
      if (out.stream().noneMatch(x -> Values.equal(x, v))) {
        out.add(v);
      }
    }
    return out;
  }
}
