#pragma once
// The Printer port drawn with cairo and pango: A4 PDF, Noto fonts, Vietnamese shaped by HarfBuzz
// from NFC text, QR codes from libqrencode. Construct with `printouts::CairoPrinter printer;` and
// pass its address as Services::printer.
#include <string>

#include "app/ports/printer.hpp"

namespace motcua::printouts {

// Holds no state: one instance serves every worker thread at once (each render has its own cairo
// surface and pango context).
class CairoPrinter final : public app::Printer {
 public:
  std::string render(app::Printout printout, const app::DossierDetail& detail,
                     const app::PrintContext& context) const override;
  std::string render_register(const app::UnitRegister& register_book,
                              const app::PrintContext& context) const override;
  std::string render_period_report(const app::PeriodReportDocument& report,
                                   const app::PrintContext& context) const override;
  std::string render_index_report(const app::IndexReportDocument& report,
                                  const app::PrintContext& context) const override;
};

}  // namespace motcua::printouts
