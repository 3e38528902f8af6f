// Lexer of the gongkai rule language.
//
// Every keyword has an English and a Chinese spelling that lex to the same token, so both
// spellings give the same tree. Chinese literals are written as \u escapes (the Chinese
// spelling follows in a comment): the grammar then reads the same whatever default text
// encoding the machine generating the parser has.
//
// Keywords win over names only for exact matches: the longest match makes 表格 and 当前预算
// names, while 表 and 当 alone are keywords. The same holds for units: 万元 alone is a unit,
// 万元数 is a name.
//
// A rule number such as JS-3G-01 is only recognised right after `rule`/`test` (the mode
// RULE_NUMBER), so `v-1` elsewhere stays a subtraction.
//
// \u0001 is a stand-in for a Han character that no keyword uses, and \u0002 for any other
// character above ASCII that is neither a letter nor a number and appears in no literal
// (Chinese punctuation in strings and comments): the parser hands the lexer its text with
// those characters replaced (engine/syntax/scanner.cpp, lexer_view), because the lexer
// caches its decisions only for code points below 128; Chinese names and strings would
// otherwise be lexed several times slower. Nothing else may use \u0001 or \u0002.
//
// The program itself reads rule files with a hand-written scanner that gives exactly this
// lexer's tokens without building its automaton at every start (engine/syntax/scanner.cpp;
// its character classes are read from this lexer at build time). This grammar stays the
// specification: tests/unit/scanner_test.cpp compares the two on every rule file and on
// random texts. A new keyword is one line here and one line in the scanner's kKeywords.
//
// Comments go to the hidden channel: the parser never sees them, and the formatter
// (engine/syntax/format*.cpp) finds them in the token stream to put them back in place.
lexer grammar GongkaiLexer;

// ---- declarations
PACK              : 'pack' | '\u89C4\u5219\u5305' ;            // 规则包
PART              : 'part' | '\u90E8\u5206' ;                  // 部分
SECTION           : 'section' | '\u7AE0\u8282' ;               // 章节
TABLE             : 'table' | '\u8868' ;                       // 表
LIST              : 'list' | '\u5217\u8868' ;                  // 列表
FACT              : 'fact' | '\u4E8B\u5B9E' ;                  // 事实
RULE              : ('rule' | '\u89C4\u5219') -> pushMode(RULE_NUMBER) ;   // 规则
TEST              : ('test' | '\u6D4B\u8BD5') -> pushMode(RULE_NUMBER) ;   // 测试

// ---- reuse of another pack
USE               : 'use' | '\u5F15\u7528' ;                   // 引用
DISABLE           : ('disable' | '\u505C\u7528') -> pushMode(RULE_NUMBER) ;   // 停用
OVERRIDE          : 'override' | '\u66FF\u6362' ;              // 替换

// ---- pack items
VERSION           : 'version' | '\u7248\u672C' ;               // 版本
TITLE             : 'title' ;
HEADING           : 'heading' ;
TITLE_OR_HEADING  : '\u6807\u9898' ;                           // 标题 (title and heading)
APPLIES           : 'applies' | '\u9002\u7528' ;               // 适用
KINDS             : 'kinds' | '\u6587\u6863\u7C7B\u578B' ;     // 文档类型
SCORE             : 'score' | '\u8BC4\u5206' ;                 // 评分
GRADES            : 'grades' | '\u7B49\u7EA7' ;                // 等级

// ---- selectors
CAPTION           : 'caption' | '\u8868\u540D' ;               // 表名
CODE              : 'code' | '\u8868\u53F7' ;                  // 表号
COLUMNS           : 'columns' | '\u8868\u5934' ;               // 表头

// ---- rule items
CATEGORY          : 'category' | '\u7C7B\u522B' ;              // 类别
SEVERITY          : 'severity' | '\u7EA7\u522B' ;              // 级别
WEIGHT            : 'weight' | '\u6743\u91CD' ;                // 权重
BASIS             : 'basis' | '\u4F9D\u636E' ;                 // 依据
FOR               : 'for' | '\u5BF9\u4E8E' ;                   // 对于
WHERE             : 'where' | '\u6EE1\u8DB3' ;                 // 满足
LET               : 'let' | '\u4EE4' ;                         // 令
WHEN              : 'when' | '\u5F53' ;                        // 当
REQUIRE           : 'require' | '\u8981\u6C42' ;               // 要求
ELSE              : 'else' | '\u5426\u5219' ;                  // 否则
AT                : 'at' | '\u4F4D\u4E8E' ;                    // 位于
ERROR             : 'error' | '\u9519\u8BEF' ;                 // 错误
WARNING           : 'warning' | '\u8B66\u544A' ;               // 警告
INFO              : 'info' | '\u63D0\u793A' ;                  // 提示

// ---- test cases
PASS              : 'pass' | '\u901A\u8FC7' ;                  // 通过
FAIL              : 'fail' | '\u4E0D\u901A\u8FC7' ;            // 不通过
NA                : 'na' | '\u4E0D\u9002\u7528' ;              // 不适用
FILE              : 'file' | '\u6587\u4EF6' ;                  // 文件

// ---- expressions
IN                : 'in' | '\u5728' ;                          // 在
OR                : 'or' | '\u6216' ;                          // 或
AND               : 'and' | '\u4E14' ;                         // 且
NOT               : 'not' | '\u975E' ;                         // 非
WITHIN            : 'within' | '\u5BB9\u5DEE' ;                // 容差
TRUE              : 'true' | '\u771F' ;                        // 真
FALSE             : 'false' | '\u5047' ;                       // 假

// ---- punctuation (full-width forms accepted where listed)
LBRACE            : '{' ;
RBRACE            : '}' ;
LPAREN            : '(' | '\uFF08' ;                           // （
RPAREN            : ')' | '\uFF09' ;                           // ）
LBRACK            : '[' | '\uFF3B' ;                           // ［
RBRACK            : ']' | '\uFF3D' ;                           // ］
COMMA             : ',' | '\uFF0C' ;                           // ，
COLON             : ':' | '\uFF1A' ;                           // ：
DOT               : '.' ;
EQ                : '==' ;
NE                : '!=' | '\u2260' ;                          // ≠
LE                : '<=' | '\u2264' ;                          // ≤
GE                : '>=' | '\u2265' ;                          // ≥
LT                : '<' ;
GT                : '>' ;
ASSIGN            : '=' ;
NOT_MATCH         : '!~' ;
MATCH             : '~' ;
PLUS              : '+' ;
MINUS             : '-' ;
STAR              : '*' ;
SLASH             : '/' ;

// ---- literals and names (units before names: 万元 alone is a unit)
NUMBER            : [0-9]+ ('.' [0-9]+)? ;
UNIT              : '\u5143' | '\u4E07\u5143' | '\u4EBF\u5143' | '%' | '\uFF05' ;   // 元 万元 亿元 % ％
STRING            : STRING_BODY_ASCII '"' | STRING_BODY_CHINESE '\u201D' ;
UNCLOSED_STRING   : STRING_BODY_ASCII | STRING_BODY_CHINESE ;
IDENT             : (LETTER | '_') (LETTER | NUMERAL | '_')* ;

WS                : [ \t\r\n\u3000\uFEFF]+ -> skip ;
COMMENT           : '#' ~[\r\n]* -> channel(HIDDEN) ;
BAD_CHAR          : . ;

// The Unicode classes live in fragments, so the lexer's ATN holds each once: the runtime
// rebuilds these sets of hundreds of ranges at every start.
fragment LETTER  : [\p{L}\u0001] ;
fragment NUMERAL : [\p{N}] ;

// "…" keeps backslashes verbatim; only \" stands for a quote. “…” has no escapes.
fragment STRING_BODY_ASCII   : '"' ('\\"' | ~["\r\n])* ;
fragment STRING_BODY_CHINESE : '\u201C' ~[\u201D\r\n]* ;      // “…”

// ---- right after `rule` / `test`: a rule number, a string, or (a mistake) something else
mode RULE_NUMBER;
RULE_NUMBER_WS      : [ \t\r\n\u3000]+ -> skip ;
RULE_NUMBER_COMMENT : '#' ~[\r\n]* -> type(COMMENT), channel(HIDDEN) ;
RULE_ID             : [A-Za-z] (LETTER | NUMERAL)* ('-' (LETTER | NUMERAL)+)+ -> popMode ;
RULE_ID_STRING      : (STRING_BODY_ASCII '"' | STRING_BODY_CHINESE '\u201D') -> type(STRING), popMode ;
RULE_ID_UNCLOSED    : (STRING_BODY_ASCII | STRING_BODY_CHINESE) -> type(UNCLOSED_STRING), popMode ;
RULE_ID_WORD        : (LETTER | NUMERAL | '_')+ -> type(IDENT), popMode ;
RULE_ID_BRACE       : '{' -> type(LBRACE), popMode ;
RULE_ID_OTHER       : . -> type(BAD_CHAR), popMode ;
