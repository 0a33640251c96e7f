#ifndef WARTA_CLIBXML2_SHIM_H
#define WARTA_CLIBXML2_SHIM_H
/* Debian's libxml2 is built with ICU, so its encoding.h pulls in <unicode/ucnv.h>, whose enum
   UErrorCode then clashes with the newer copy in Foundation's _FoundationICU module in any Swift
   module that sees both ("... is not present in definition of 'enum UErrorCode' in module
   'CLibXML2'"), depending on module-cache build order. Warta never touches the ICU parts of
   libxml2's API (it passes UTF-8 and never reads xmlCharEncodingHandler fields), so the ICU
   branch of the headers is switched off here, after xmlversion.h defined it. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>

/* xmlFree is a C global function-pointer variable: Swift 6 rejects any use of it. */
static inline void clibxml2_free(void *p) { xmlFree(p); }

/* xmlGenericErrorFunc is variadic, so Swift cannot implement one. Handlers are per thread in
   threaded libxml2 2.9; ThrDef sets the default for threads created later. */
static void clibxml2_ignore(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }
static inline void clibxml2_silence_errors(void) {
    xmlThrDefSetGenericErrorFunc(NULL, clibxml2_ignore);
    xmlSetGenericErrorFunc(NULL, clibxml2_ignore);
    xmlThrDefSetStructuredErrorFunc(NULL, NULL);
}

/* Parser state readers: fields of the context struct, read through functions so Swift never
   holds the struct by value. */
static inline int clibxml2_ctxt_errno(htmlParserCtxtPtr c) { return c ? c->errNo : 0; }
static inline int clibxml2_ctxt_instate(htmlParserCtxtPtr c) { return c ? (int)c->instate : 0; }
#endif
