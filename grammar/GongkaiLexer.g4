// Lexer of the gongkai rule language (stub: replaced by the full language).
lexer grammar GongkaiLexer;

PACK   : 'pack' | '规则包' ;
STRING : '"' (~["\r\n])* '"' ;
IDENT  : [\p{L}_] [\p{L}\p{N}_\-]* ;
WS     : [ \t\r\n\u3000]+ -> skip ;
COMMENT: '#' ~[\r\n]* -> skip ;
