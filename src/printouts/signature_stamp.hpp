#pragma once
// The visible part of a unit's digital signature: a framed box with the QR code of the public
// verification page, the signing unit, the time and the page's address. Drawn by cairo and pango
// as a one-page PDF of exactly the box's size, which the signer turns into the signature widget's
// appearance, so Vietnamese is shaped as well as on the forms.
#include <string>

#include "app/ports/document_signer.hpp"

namespace motcua::printouts {

// Fits the 20 mm bottom margin of an administrative document (Decree 30/2020 Annex I).
inline constexpr double kStampWidth = 215;  // points
inline constexpr double kStampHeight = 50;

std::string draw_signature_stamp(const app::SignatureStamp& stamp);

}  // namespace motcua::printouts
