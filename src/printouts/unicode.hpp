#pragma once
// Text as it reaches the page. Applicant data arrives from forms, the national portal and scanned
// records in either Unicode normal form; a decomposed "Nguyễn" must print, search and copy out of
// the PDF exactly like a composed one, so every string is put in NFC before it is laid out.
#include <string>
#include <string_view>

namespace motcua::printouts {

// NFC form of `text`. Invalid UTF-8 sequences are replaced with U+FFFD rather than dropped, so a
// broken record still prints visibly instead of failing the whole document.
std::string to_nfc(std::string_view text);

// Upper case of the NFC form, for the agency names of the header block (Decree 30/2020 Annex I
// prints them in capitals); Vietnamese letters keep their marks ("Phường Đống Đa" → "PHƯỜNG ĐỐNG
// ĐA").
std::string to_upper(std::string_view text);

}  // namespace motcua::printouts
