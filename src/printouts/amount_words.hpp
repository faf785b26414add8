#pragma once
// Amounts of money as a receipt prints them (Decree 11/2020/NĐ-CP: the amount in figures and in
// words): "50.000 đồng" and "Năm mươi nghìn đồng", or "50,000 VND" and "Fifty thousand dong".
#include <string>
#include <string_view>

namespace motcua::printouts {

// The amount with thousands grouped: "1.250.000 đồng" in Vietnamese, "1,250,000 VND" in English.
std::string money_in_figures(long long amount, std::string_view lang);

// The amount read out, capitalised, followed by the currency: Vietnamese reads every group of
// three ("một triệu không trăm năm mươi nghìn", "một trăm linh năm", "hai mươi mốt", "mười lăm").
// Negative amounts are read as their absolute value.
std::string money_in_words(long long amount, std::string_view lang);

}  // namespace motcua::printouts
