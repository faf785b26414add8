#pragma once
// A page of one PDF drawn as a form XObject of another, its resources (fonts, images) copied object
// by object under new numbers. podofo 0.9.8's own import numbers the copies from the target's
// object count, which collides with existing objects once a document has gaps in its numbering
// (any document already signed once has them).
#include <podofo/podofo.h>

namespace motcua::printouts {

// Adds the first page of `source` to `target` as a form XObject of the page's size and returns it.
PoDoFo::PdfObject* import_first_page(PoDoFo::PdfMemDocument& target,
                                     PoDoFo::PdfMemDocument& source);

}  // namespace motcua::printouts
