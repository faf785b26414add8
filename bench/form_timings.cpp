// The time to produce each standard form (issue "Forms 01–07 and signatures"): forms 01–06 of a
// dossier with a ten-event history, form 07 with 500 rows, and the unit's signature on form 01,
// each drawn `--runs` times; prints a Markdown table of the mean and the slowest run in ms.
#include <chrono>
#include <filesystem>
#include <functional>
#include <iomanip>
#include <iostream>
#include <string>
#include <vector>

#include "app/ports/printer.hpp"
#include "printouts/cairo_printer.hpp"
#include "printouts/pdf_signer.hpp"
#include "printouts/unit_keyring.hpp"

namespace {

using namespace motcua;
using Clock = std::chrono::steady_clock;

core::Instant at(int day, int hour) {
  return core::from_local(std::chrono::year{2026} / 11 / day, hour * 60);
}

app::DossierDetail dossier() {
  app::DossierDetail detail;
  detail.dossier.code = "H29.50-261120-0007";
  detail.dossier.applicant_name = "Trần Nguyễn Bảo Ngọc Ánh";
  detail.dossier.clock.received_at = at(20, 9);
  detail.dossier.clock.due_at = at(25, 16);
  detail.procedure.code = "1.001193";
  detail.procedure.name = "Đăng ký khai sinh";
  detail.procedure.duration_working_days = 3;
  for (int i = 0; i < 3; ++i)
    detail.procedure.components.push_back({.id = "c" + std::to_string(i),
                                           .name = "Giấy tờ số " + std::to_string(i + 1),
                                           .originals = 1});
  detail.receiving_unit = {1, "H29.50", "Trung tâm Phục vụ hành chính công tỉnh Minh An"};
  detail.competent_unit = {2, "H29.12.05", "Ủy ban nhân dân phường Minh An"};
  const char* actions[] = {
      "submit",  "receive",   "forward",       "request-supplement", "answer-supplement",
      "forward", "apologize", "complete-step", "complete-step",      "stop"};
  int hour = 8;
  for (const char* action : actions) {
    core::DossierEvent event;
    event.at = at(20 + hour / 17, 8 + hour % 9);
    event.action = action;
    event.actor = "chuyenvien";
    event.comment = "Ghi chú của cán bộ";
    detail.events.push_back(event);
    ++hour;
  }
  return detail;
}

app::PrintContext context() {
  app::PrintContext context;
  context.lookup_url = "https://dichvucong.minhan.gov.vn/tra-cuu?ma=H29.50-261120-0007";
  context.province_name = "UBND tỉnh Minh An";
  context.reason = "Giấy chứng sinh bị mờ";
  context.action_at = at(21, 10);
  context.action_by = "Phạm Thị Thủy Tiên";
  context.items = {"Giấy chứng sinh"};
  context.old_due_at = at(25, 16);
  context.new_due_at = at(27, 16);
  return context;
}

app::UnitRegister register_of(int rows) {
  app::UnitRegister book;
  book.unit = {1, "H29.50", "Trung tâm Phục vụ hành chính công tỉnh Minh An"};
  book.from = std::chrono::year{2026} / 11 / 1;
  book.to = std::chrono::year{2026} / 11 / 30;
  for (int i = 0; i < rows; ++i)
    book.entries.push_back(
        {"H29.50-2611" + std::to_string(10 + i % 20) + "-" + std::to_string(1000 + i),
         "Đăng ký khai sinh", "Nguyễn Văn An", "Số 12 Ngô Quyền", "0912 345 678",
         "Ủy ban nhân dân phường Minh An", at(2 + i % 25, 9), at(5 + i % 24, 16), std::nullopt,
         core::Status::received, i % 7 == 0});
  return book;
}

struct Timing {
  double mean = 0;
  double slowest = 0;
};

Timing time(int runs, const std::function<void()>& work) {
  work();  // fonts and caches warm, as on a serving process
  Timing timing;
  for (int i = 0; i < runs; ++i) {
    const auto start = Clock::now();
    work();
    const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    timing.mean += ms / runs;
    timing.slowest = std::max(timing.slowest, ms);
  }
  return timing;
}

}  // namespace

int main(int argc, char** argv) {
  const int runs = argc > 2 && std::string(argv[1]) == "--runs" ? std::stoi(argv[2]) : 50;
  const printouts::CairoPrinter printer;
  const auto detail = dossier();
  const auto print = context();
  const auto keys = std::filesystem::temp_directory_path() / "motcua-form-timings-keys";
  const printouts::UnitKeyring keyring(keys, "UBND tỉnh Minh An");
  keyring.issue("H29.50", "Trung tâm Phục vụ hành chính công tỉnh Minh An",
                std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
  const printouts::PdfSigner signer(keyring);
  const std::vector<std::pair<std::string, app::Printout>> forms{
      {"01 Giấy tiếp nhận", app::Printout::form_01},
      {"02 Yêu cầu bổ sung", app::Printout::form_02},
      {"03 Từ chối", app::Printout::form_03},
      {"04 Xin lỗi, gia hạn", app::Printout::form_04},
      {"05 Dừng giải quyết", app::Printout::form_05},
      {"06 Phiếu kiểm soát", app::Printout::form_06}};
  std::cout << std::fixed << std::setprecision(1);
  std::cout << "| form | mean ms | slowest ms |\n|---|---|---|\n";
  for (const auto& [name, form] : forms) {
    const auto t = time(runs, [&] { printer.render(form, detail, print); });
    std::cout << "| " << name << " | " << t.mean << " | " << t.slowest << " |\n";
  }
  const auto book = register_of(500);
  const auto r = time(std::max(1, runs / 10), [&] { printer.render_register(book, print); });
  std::cout << "| 07 Sổ theo dõi, 500 rows | " << r.mean << " | " << r.slowest << " |\n";
  const auto pdf = printer.render(app::Printout::form_01, detail, print);
  const app::SignatureStamp stamp{"Trung tâm Phục vụ hành chính công tỉnh Minh An",
                                  "H29.50-261120-0007",
                                  "https://dichvucong.minhan.gov.vn/xac-thuc/x", at(20, 9)};
  const auto s = time(runs, [&] { signer.sign(pdf, "H29.50", stamp); });
  std::cout << "| signing form 01 (PAdES, stamp) | " << s.mean << " | " << s.slowest << " |\n";
  const auto signed_pdf = signer.sign(pdf, "H29.50", stamp);
  const auto c = time(runs, [&] { signer.check(signed_pdf); });
  std::cout << "| checking a signed form 01 | " << c.mean << " | " << c.slowest << " |\n";
  std::filesystem::remove_all(keys);
  return 0;
}
