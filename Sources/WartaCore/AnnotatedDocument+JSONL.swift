/// The contract's output record (`../shared/CONTRACT.md`), written by hand for speed and a fixed
/// key order. Only the layers the pipeline produced are written.
extension AnnotatedDocument {
    /// Appends this document as one JSON object (no newline).
    public func writeJSON(to w: inout JSONWriter) {
        w.beginObject()
        w.field("id", id)
        for (k, v) in extra { w.field(k, v) }
        w.objectField("meta")
        w.field("title", ifPresent: meta.title)
        w.field("author", ifPresent: meta.author)
        w.field("published", ifPresent: meta.published)
        w.field("url", ifPresent: meta.url)
        w.field("site", ifPresent: meta.site)
        w.field("lang", ifPresent: meta.lang)
        if meta.charsetUsed != nil || meta.charsetDeclared != nil {
            w.objectField("charset")
            w.field("declared", ifPresent: meta.charsetDeclared)
            w.field("used", ifPresent: meta.charsetUsed)
            if meta.charsetFallback { w.field("fallback", true) }
            w.endObject()
        }
        w.endObject()
        w.field("text", text)
        if layers.contains(.sentences) {
            w.arrayField("sentences")
            for s in sentences { w.beginObject(); w.field("start", s.start); w.field("end", s.end); w.endObject() }
            w.endArray()
        }
        if layers.contains(.quantities) {
            w.arrayField("quantities")
            for q in quantities {
                w.beginObject()
                w.field("start", q.span.start); w.field("end", q.span.end); w.field("text", q.text)
                w.field("kind", q.kind.rawValue)
                w.field("value", ifPresent: q.value)
                w.field("min", ifPresent: q.min)
                w.field("max", ifPresent: q.max)
                w.field("of", ifPresent: q.of)
                w.field("currency", ifPresent: q.currency)
                w.field("unit", ifPresent: q.unit)
                w.field("english", q.english)
                for (k, v) in q.extra { w.field(k, v) }
                w.endObject()
            }
            w.endArray()
        }
        if layers.contains(.entities) {
            w.arrayField("entities")
            for e in entities {
                w.beginObject()
                w.field("start", e.span.start); w.field("end", e.span.end); w.field("text", e.text)
                w.field("label", e.label.rawValue)
                w.endObject()
            }
            w.endArray()
        }
        if layers.contains(.terms) {
            w.arrayField("terms")
            for t in terms {
                w.beginObject()
                w.field("start", t.span.start); w.field("end", t.span.end); w.field("text", t.text)
                w.field("lemma", t.lemma); w.field("english", t.english); w.field("entry", t.entry)
                w.endObject()
            }
            w.endArray()
        }
        if let summary {
            w.objectField("summary")
            w.arrayField("extract")
            for s in summary.extract { w.beginObject(); w.field("start", s.start); w.field("end", s.end); w.endObject() }
            w.endArray()
            w.field("extract_text", summary.extractText)
            w.field("english", summary.english)
            w.endObject()
        }
        if !diagnostics.isEmpty {
            w.arrayField("diagnostics")
            for d in diagnostics {
                w.beginObject(); w.field("stage", d.stage); w.field("kind", d.kind); w.field("message", d.message); w.endObject()
            }
            w.endArray()
        }
        w.endObject()
    }
}

extension DocumentResult {
    /// Appends the output record for this result and a newline.
    public func writeJSONLine(to w: inout JSONWriter) {
        switch self {
        case .document(let d):
            d.writeJSON(to: &w)
        case .failure(let id, let e, let extra):
            w.beginObject()
            w.field("id", id)
            for (k, v) in extra { w.field(k, v) }
            w.objectField("error")
            w.field("stage", e.stage); w.field("kind", e.kind); w.field("message", e.message)
            w.endObject()
            w.endObject()
        }
        w.bytes.append(0x0A)
    }
}
