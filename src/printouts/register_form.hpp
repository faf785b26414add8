#pragma once
// Form 07, Sổ theo dõi hồ sơ (Circular 03/2025/TT-VPCP Annex I; Mẫu 06 of Circular 01/2018):
// the unit's register of the dossiers it received in a period, on landscape A4.
#include <string>

#include "app/ports/printer.hpp"

namespace motcua::printouts {

std::string draw_register(const app::UnitRegister& register_book, const app::PrintContext& context);

}  // namespace motcua::printouts
