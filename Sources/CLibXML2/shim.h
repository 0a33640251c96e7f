#ifndef WARTA_CLIBXML2_SHIM_H
#define WARTA_CLIBXML2_SHIM_H
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
