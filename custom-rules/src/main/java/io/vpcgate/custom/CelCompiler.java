package io.vpcgate.custom;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.navigation.CelNavigableAst;
import dev.cel.common.navigation.CelNavigableExpr;
import dev.cel.common.types.CelType;
import dev.cel.common.types.SimpleType;
import dev.cel.common.types.StructTypeReference;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import dev.cel.runtime.Program;
import io.vpcgate.rules.EnvNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles custom rules' expressions once per run: parsed and type-checked against the {@link
 * Vocabulary} with the variables of the rule's target, so that a misspelt field or a wrong type is an
 * input error naming the file and line, with the nearest name that exists. Evaluation is bounded: one
 * evaluation runs at most {@value #MAX_ITERATIONS} loop iterations, nested loops counted together, and an
 * expression is at most {@value #MAX_SIZE} characters.
 */
final class CelCompiler {
  static final int MAX_ITERATIONS = 100_000;
  static final int MAX_SIZE = 10_000;
  /** The most of an expression's line that an error message quotes. */
  static final int QUOTED = 100;
  private static final Pattern UNDEFINED_FIELD = Pattern.compile("undefined field '([^']+)'");
  private static final Pattern UNDECLARED = Pattern.compile("undeclared reference to '([^']+)'");
  private static final CelOptions OPTIONS = CelOptions.current().enableHeterogeneousNumericComparisons(true)
      .enableUnknownTracking(true).comprehensionMaxIterations(MAX_ITERATIONS).maxExpressionCodePointSize(MAX_SIZE)
      .build();
  private final Map<Target.Role, dev.cel.compiler.CelCompiler> byRole = new EnumMap<>(Target.Role.class);
  private CelRuntime runtime;

  /**
   * A compiled expression, ready to run with the target's variables; {@code names}: the fields it selects,
   * from its syntax tree (CEL reads a message's field only by selecting it by name).
   */
  record Compiled(Program program, String text, SourceLine at, Set<String> names) {}

  /** One expression of a rule to compile: its text, where it is, the rule's field it is in, and its type. */
  record Request(String expression, SourceLine at, String field, boolean condition) {
    static Request condition(String expression, SourceLine at, String field) {
      return new Request(expression, at, field, true);
    }

    static Request value(String expression, SourceLine at, String field) {
      return new Request(expression, at, field, false);
    }

    /** The type it must have: a condition's is bool, a value's anything. */
    CelType type() {
      return condition ? SimpleType.BOOL : SimpleType.DYN;
    }
  }

  Compiled condition(Target target, String expression, SourceLine at, String field) {
    return compile(target, expression, at, field, SimpleType.BOOL);
  }

  Compiled value(Target target, String expression, SourceLine at, String field) {
    return compile(target, expression, at, field, SimpleType.DYN);
  }

  /**
   * The expressions of one rule, compiled as {@link #condition} and {@link #value} compile them, in order. They are
   * parsed and type-checked together, as the elements of one list (CEL's checker builds its whole standard
   * environment anew for each expression it checks: a rule's when and the parts of its message were a dozen such
   * builds); each is then planned on its own. Should the list not compile, or not hold exactly the expressions
   * given, each is compiled alone: an error reads as it always has.
   */
  List<Compiled> compileAll(Target target, List<Request> requests) {
    List<Compiled> together = requests.size() > 1 ? together(target, requests) : null;
    if (together != null) {
      return together;
    }
    List<Compiled> out = new ArrayList<>();
    for (Request r : requests) {
      out.add(compile(target, r.expression(), r.at(), r.field(), r.type()));
    }
    return out;
  }

  /** {@link #compileAll} in one check, or null when any part needs to be compiled alone. */
  List<Compiled> together(Target target, List<Request> requests) {
    StringBuilder text = new StringBuilder("[");
    int[] wrappers = new int[requests.size()]; // where each element's "dyn(" starts, in code points
    for (int i = 0; i < requests.size(); i++) {
      String e = requests.get(i).expression();
      if (e.length() > MAX_SIZE) {
        return null;
      }
      text.append(i == 0 ? "\n" : ",\n");
      wrappers[i] = text.codePointCount(0, text.length());
      text.append("dyn(\n").append(e).append("\n)");
    }
    CelValidationResult checked = environmentOf(target.role()).compile(text + "]");
    if (checked.hasError()) {
      return null;
    }
    try {
      CelAbstractSyntaxTree ast = checked.getAst();
      CelExpr root = ast.getExpr();
      if (root.getKind() != CelExpr.ExprKind.Kind.LIST || root.list().elements().size() != requests.size()) {
        return null;
      }
      List<Compiled> out = new ArrayList<>();
      for (int i = 0; i < requests.size(); i++) {
        CelExpr element = root.list().elements().get(i);
        Integer at = ast.getSource().getPositionsMap().get(element.id());
        if (element.getKind() != CelExpr.ExprKind.Kind.CALL || element.call().target().isPresent()
            || !element.call().function().equals("dyn") || element.call().args().size() != 1
            || at == null || at < wrappers[i] || at >= wrappers[i] + "dyn(".length()) {
          return null; // an expression that closed its wrapper early, or opened another
        }
        Request r = requests.get(i);
        CelExpr part = element.call().args().get(0);
        CelType type = ast.getType(part.id()).orElse(SimpleType.DYN);
        CelAbstractSyntaxTree alone = CelAbstractSyntaxTree.newCheckedAst(part, ast.getSource(), ast.getReferenceMap(),
            ast.getTypeMap());
        out.add(planned(alone, type, r.expression(), r.at(), r.field(), r.type()));
      }
      return out;
    } catch (CelValidationException | CelEvaluationException e) {
      return null; // compiled alone, it says why
    }
  }

  private Compiled compile(Target target, String expression, SourceLine at, String field, CelType result) {
    if (expression.length() > MAX_SIZE) {
      throw at.error(field + " is longer than " + MAX_SIZE + " characters");
    }
    dev.cel.compiler.CelCompiler cel = environmentOf(target.role());
    CelValidationResult checked = cel.compile(expression);
    if (checked.hasError()) {
      CelIssue first = checked.getErrors().get(0);
      int line = Math.max(first.getSourceLocation().getLine(), 1);
      throw at.plus(line - 1).error(field + ": " + first.getMessage() + hint(first.getMessage(), target)
          + " (column " + (first.getSourceLocation().getColumn() + 1) + " of: "
          + around(expression.lines().skip(line - 1).findFirst().orElse(""), first.getSourceLocation().getColumn())
          + ")");
    }
    try {
      CelAbstractSyntaxTree ast = checked.getAst();
      return planned(ast, ast.getResultType(), expression, at, field, result);
    } catch (CelValidationException | CelEvaluationException e) {
      throw at.error(field + ": " + e.getMessage());
    }
  }

  /**
   * {@code line} as an error message quotes it: whole when short, else the {@value #QUOTED} characters around
   * {@code column} (0-based), the cut ends marked "...": an error's one line stays readable when the expression's
   * line is thousands of characters long.
   */
  static String around(String line, int column) {
    if (line.length() <= QUOTED) {
      return line.strip();
    }
    int at = Math.max(0, Math.min(column, line.length()));
    int from = Math.max(0, Math.min(at - QUOTED / 2, line.length() - QUOTED));
    int to = Math.min(line.length(), from + QUOTED);
    return (from > 0 ? "..." : "") + line.substring(from, to).strip() + (to < line.length() ? "..." : "");
  }

  /** {@code ast}, checked, of {@code type}: refused if it cannot run or is not the {@code result} asked, or planned. */
  private Compiled planned(CelAbstractSyntaxTree ast, CelType type, String expression, SourceLine at, String field,
      CelType result) throws CelEvaluationException {
    List<CelExpr> nodes = CelNavigableAst.fromAst(ast).getRoot().allNodes().map(CelNavigableExpr::expr).toList();
    Optional<String> unsupported = unsupported(ast, nodes);
    if (unsupported.isPresent()) {
      throw at.error(field + ": " + unsupported.get());
    }
    if (result == SimpleType.BOOL && !type.equals(SimpleType.BOOL)) {
      throw at.error(field + " must be true or false (a violation when true), but its type is " + type.name());
    }
    return new Compiled(runtime().createProgram(ast), expression, at, names(nodes));
  }

  /**
   * The fields an expression of {@code nodes} selects: the only fields of a message it can read (a variable is not
   * one; a macro selects what it reads too: {@code has(x.f)} selects {@code f}).
   */
  private static Set<String> names(List<CelExpr> nodes) {
    Set<String> names = new HashSet<>();
    nodes.stream().filter(e -> e.getKind() == CelExpr.ExprKind.Kind.SELECT).forEach(e -> names.add(e.select().field()));
    return Set.copyOf(names);
  }

  /**
   * Why {@code ast} (whose expressions are {@code nodes}) cannot run, though it type-checks: it builds a message of
   * the vocabulary ({@code vpcgate.EgressPath{}}) or names one of its types ({@code type(workload) ==
   * vpcgate.Workload}). The runtime does not hold the vocabulary's types (holding them, it looked for a generated
   * Java class of a message each time an expression read a nested one: a fifth of the evaluation), so such an
   * expression is refused here, when the file is loaded, rather than failing when it runs. A rule judges the graph's
   * values; it has no use for either.
   */
  private static Optional<String> unsupported(CelAbstractSyntaxTree ast, List<CelExpr> nodes) {
    if (nodes.stream().anyMatch(e -> e.getKind() == CelExpr.ExprKind.Kind.STRUCT)) {
      return Optional.of("building a message is not supported; compare its fields instead");
    }
    return nodes.stream().map(e -> ast.getReferenceMap().get(e.id())).filter(r -> r != null).map(r -> r.name())
        .filter(n -> n.startsWith(Vocabulary.PACKAGE + ".")).findFirst()
        .map(n -> "the type name " + n + " is not supported; compare fields instead");
  }

  /** ": did you mean 'name'?" for a misspelt field or variable, else nothing. */
  private static String hint(String message, Target target) {
    Matcher f = UNDEFINED_FIELD.matcher(message);
    if (f.find()) {
      List<String> names = new ArrayList<>();
      Vocabulary.docs().forEach(t -> t.fields().forEach(d -> names.add(d.name())));
      return nearest(f.group(1), names).map(n -> "; did you mean '" + n + "'?").orElse("");
    }
    Matcher u = UNDECLARED.matcher(message);
    if (u.find()) {
      return nearest(u.group(1), target.variables()).map(n -> "; did you mean '" + n + "'?")
          .orElse("; a rule on " + target.spelled() + " may use " + String.join(", ", target.variables()));
    }
    return "";
  }

  private static Optional<String> nearest(String word, List<String> names) {
    return names.stream().distinct().filter(n -> EnvNames.distance(word, n) <= Math.max(2, word.length() / 3))
        .min(Comparator.comparingInt((String n) -> EnvNames.distance(word, n)).thenComparing(n -> n));
  }

  /** The type-checking environment of a role's expressions, made once per compiler. */
  private dev.cel.compiler.CelCompiler environmentOf(Target.Role role) {
    return byRole.computeIfAbsent(role, CelCompiler::environment);
  }

  /**
   * The type checker of a rule's expressions: the vocabulary, and the variables of the rule's target (a rule on
   * workloads may use {@code workload}, not {@code binding}).
   */
  private static dev.cel.compiler.CelCompiler environment(Target.Role role) {
    var builder = CelCompilerFactory.standardCelCompilerBuilder().setStandardMacros(CelStandardMacro.STANDARD_MACROS)
        .addFileTypes(Vocabulary.file()).setOptions(OPTIONS);
    Target target = new Target(role, Optional.empty());
    for (String v : target.variables()) {
      builder.addVar(v, StructTypeReference.create(Vocabulary.PACKAGE + "." + Vocabulary.typeOfVariable(v)));
    }
    return builder.build();
  }

  /**
   * The runtime of every expression, whatever its target: CEL's planner, which plans each expression once into a
   * tree of evaluators (the older runtime walked its syntax tree at every evaluation, about a quarter slower
   * here). It reads the graph's values through CEL's own value interface ({@link GraphValue}), without the
   * vocabulary's types (see {@link #unsupported}). An int and a double can be ordered ({@code <}, {@code >=}), as the
   * CEL specification has it (the planner requires it); {@code ==} still needs one type.
   */
  private CelRuntime runtime() {
    if (runtime == null) {
      runtime = CelRuntimeFactory.plannerRuntimeBuilder().setOptions(OPTIONS).build();
    }
    return runtime;
  }
}
