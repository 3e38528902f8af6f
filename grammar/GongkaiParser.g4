// Parser of the gongkai rule language (stub: replaced by the full language).
parser grammar GongkaiParser;
options { tokenVocab = GongkaiLexer; }

file : packDecl* EOF ;
packDecl : PACK name=IDENT version=STRING? ;
