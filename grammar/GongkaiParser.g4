// Parser of the gongkai rule language.
//
// A rule file is a sequence of declarations: a pack header, vocabulary (part, section, table,
// list), facts, rules and tests. Alternatives are labelled and their parts named; the tree is
// converted to our own AST by engine/syntax/transform_*.cpp, one function per rule here.
// No actions and no predicates: the grammar only describes the shape of the text.
parser grammar GongkaiParser;
options { tokenVocab = GongkaiLexer; }

file        : declaration* EOF ;
expression  : expr EOF ;    // an expression alone, e.g. inside `{…}` of a message

declaration : packDecl | useDecl | disableDecl | vocabularyDecl | factDecl | ruleDecl | testDecl ;

// ---- use 部门决算      use "共用词表.gk"      disable JS-3G-02 "本单位没有公务用车"
useDecl     : USE (name=IDENT | path=STRING) ;
disableDecl : DISABLE id=ruleId reason=STRING? ;

// ---- pack 部门决算 version "2025.1" { … }
packDecl    : PACK name=IDENT (VERSION version=STRING)? LBRACE packItem* RBRACE ;
packItem
  : titleKeyword text=STRING                                          # packTitle
  | APPLIES WHEN condition=expr                                       # packApplies
  | KINDS kinds+=STRING (COMMA kinds+=STRING)*                        # packKinds
  | SCORE weights+=categoryWeight (COMMA weights+=categoryWeight)*    # packScore
  | GRADES grades+=grade (COMMA grades+=grade)*                       # packGrades
  ;
titleKeyword   : TITLE | TITLE_OR_HEADING ;
categoryWeight : category=IDENT weight=NUMBER ;
grade          : name=IDENT (GE minimum=NUMBER)? ;

// ---- part 决算表 = heading "决算表$"      list 三公项目 = ["…", "…"]
vocabularyDecl
  : kind=(PART | SECTION | TABLE) name=IDENT ASSIGN
      selectors+=selector (OR selectors+=selector)* (IN scope=IDENT)?  # placeDecl
  | LIST name=IDENT ASSIGN
      LBRACK (items+=STRING (COMMA items+=STRING)* COMMA?)? RBRACK    # listDecl
  ;
selector
  : headingKeyword pattern=STRING                                     # headingSelector
  | CAPTION pattern=STRING                                            # captionSelector
  | CODE (code=STRING | number=NUMBER)                                # codeSelector
  | COLUMNS pattern=STRING                                            # columnsSelector
  ;
headingKeyword : HEADING | TITLE_OR_HEADING ;

// ---- fact 预算执行 in 情况说明 = "年初预算为{预算:金额}…" or "…"
factDecl    : FACT name=IDENT (IN scope=IDENT)? ASSIGN templates+=STRING (OR templates+=STRING)* ;

// ---- rule JS-3G-01 "标题" { … }
ruleDecl    : OVERRIDE? RULE id=ruleId title=STRING LBRACE ruleItem* RBRACE ;
ruleId      : RULE_ID | STRING | IDENT ;   // a plain word is reported as a mistake
ruleItem
  : CATEGORY name=IDENT                                               # categoryItem
  | SEVERITY level=(ERROR | WARNING | INFO)                           # severityItem
  | WEIGHT value=NUMBER                                               # weightItem
  | BASIS text=STRING                                                 # basisItem
  | FOR variable=IDENT IN iterable=expr (WHERE filter=expr)?          # forItem
  | LET name=IDENT ASSIGN value=expr                                  # letItem
  | WHEN condition=expr                                               # whenItem
  | REQUIRE condition=expr (ELSE message=STRING)? (AT place=expr)?    # requireItem
  ;

// ---- test JS-AR-05 { fail "…" message "…" count 2 line 3, 4   pass file "fixtures/x.txt" }
testDecl    : TEST id=ruleId LBRACE testCase* RBRACE ;
testCase    : outcome=(PASS | FAIL | NA) input=testInput expectations+=expectation* ;
// The expectation's word (message/消息, count/条数, line/行) is a plain name, checked when the
// tree is converted: none of them is reserved, so count() and the field 行 keep their meaning.
expectation : word=IDENT (text=STRING | numbers+=NUMBER (COMMA numbers+=NUMBER)*) ;
testInput
  : text=STRING                                                       # snippetInput
  | FILE path=STRING                                                  # fileInput
  ;

// ---- expressions, loosest binding first
expr
  : lhs=expr OR rhs=conjunction                                       # orExpr
  | conjunction                                                       # conjunctionExpr
  ;
conjunction
  : lhs=conjunction AND rhs=negation                                  # andExpr
  | negation                                                          # negationExpr
  ;
negation
  : NOT operand=negation                                              # notExpr
  | comparison                                                        # comparisonExpr
  ;
comparison  : lhs=sum tail=comparisonTail? ;    // comparisons do not chain
comparisonTail
  : op=(EQ | NE | LT | LE | GT | GE) rhs=sum (WITHIN tolerance=sum)?  # orderingTail
  | op=(MATCH | NOT_MATCH) pattern=sum                                # matchTail
  ;
sum
  : lhs=sum op=(PLUS | MINUS) rhs=product                             # addExpr
  | product                                                           # productExpr
  ;
product
  : lhs=product op=(STAR | SLASH) rhs=unary                           # multiplyExpr
  | unary                                                             # unaryExpr
  ;
unary
  : MINUS operand=unary                                               # negateExpr
  | postfix                                                           # postfixExpr
  ;
postfix
  : object=postfix DOT field=fieldName                                # memberExpr
  | primary                                                           # primaryExpr
  ;
primary
  : value=NUMBER unit=UNIT?                                           # numberLiteral
  | text=STRING                                                       # stringLiteral
  | value=(TRUE | FALSE)                                              # boolLiteral
  | quantifier=IDENT LPAREN variable=IDENT IN iterable=expr
      (WHERE condition=expr)? RPAREN                                  # quantifierExpr
  | callee=IDENT LPAREN (args+=expr (COMMA args+=expr)*)? RPAREN      # callExpr
  | name=IDENT                                                        # nameRef
  | LBRACK (items+=expr (COMMA items+=expr)* COMMA?)? RBRACK          # listLiteral
  | LPAREN inner=expr RPAREN                                          # parenExpr
  ;

// After a dot any word is a field name, keywords included (doc.title, 表.表号).
fieldName
  : IDENT | PACK | PART | SECTION | TABLE | LIST | FACT | VERSION | TITLE | HEADING
  | TITLE_OR_HEADING | APPLIES | KINDS | SCORE | GRADES | CAPTION | CODE | CATEGORY
  | SEVERITY | WEIGHT | BASIS | FOR | WHERE | LET | WHEN | REQUIRE | ELSE | ERROR | WARNING
  | INFO | PASS | FAIL | NA | FILE | IN | OR | AND | NOT | WITHIN | TRUE | FALSE | USE
  | DISABLE | OVERRIDE | COLUMNS | AT
  ;
