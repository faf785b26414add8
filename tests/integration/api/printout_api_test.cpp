// API.md "Printouts": forms 01–06 of a dossier as PDF, each only once the action that issues it
// was taken, filled from the dossier and read back with pdftotext.
#include <chrono>

#include "api_test.hpp"
#include "core/time.hpp"
#include "pdf_file.hpp"

namespace motcua::test {
namespace {

class PrintoutApi : public ApiTest {
 protected:
  HttpResponse form(const std::string& code, const std::string& file,
                    const std::string& user = kCitizen) {
    return get("/api/v1/dossiers/" + code + "/forms/" + file, user);
  }
  std::string text_of(const std::string& code, const std::string& file,
                      const std::string& user = kCitizen) {
    const auto response = form(code, file, user);
    EXPECT_EQ(response.status, 200) << file << ": " << response.body.substr(0, 200);
    EXPECT_EQ(response.header("content-type").value_or(""), "application/pdf");
    return PdfFile(response.body).text();
  }
};

TEST_F(PrintoutApi, EachFormAppearsWithTheActionThatIssuesIt) {
  // The apology (form 04) needs a due date after today.
  const auto dossier = submitted_dossier_of(multi_day_procedure());
  EXPECT_EQ(form(dossier.code, "01.pdf").status, 409) << "not received yet";
  EXPECT_EQ(form(dossier.code, "06.pdf").status, 404);
  act(kReception, dossier.code, "receive");
  EXPECT_NE(text_of(dossier.code, "01.pdf").find(dossier.code), std::string::npos);
  act(kReception, dossier.code, "forward", {{"to", kSpecialist}});
  EXPECT_EQ(form(dossier.code, "02.pdf").status, 404);
  act(kSpecialist, dossier.code, "request-supplement", {{"reason", "Ảnh giấy chứng sinh bị mờ"}});
  const auto form_02 = text_of(dossier.code, "02.pdf");
  EXPECT_NE(form_02.find("PHIẾU YÊU CẦU BỔ SUNG"), std::string::npos) << form_02;
  EXPECT_NE(form_02.find("Ảnh giấy chứng sinh bị mờ"), std::string::npos) << form_02;
  EXPECT_NE(form_02.find(dossier.code), std::string::npos);
  ASSERT_EQ(post("/api/v1/dossiers/" + dossier.code + "/supplement", {{"comment", "Đã bổ sung"}},
                 kCitizen)
                .status,
            200);
  const auto due = get("/api/v1/dossiers/" + dossier.code, kSpecialist).json().at("due_at");
  const auto later =
      core::format_iso(*core::parse_iso(due.get<std::string>()) + std::chrono::days(7));
  act(kSpecialist, dossier.code, "apologize", {{"reason", "Cần xác minh"}, {"new_due_at", later}});
  const auto form_04 = text_of(dossier.code, "04.pdf", kSpecialist);
  EXPECT_NE(form_04.find("XIN LỖI"), std::string::npos) << form_04;
  EXPECT_NE(form_04.find("Cần xác minh"), std::string::npos);
  act(kSpecialist, dossier.code, "stop", {{"reason", "Theo đề nghị của người nộp"}});
  EXPECT_NE(text_of(dossier.code, "05.pdf").find("DỪNG GIẢI QUYẾT"), std::string::npos);
  const auto control = text_of(dossier.code, "06.pdf", kLeader);
  EXPECT_NE(control.find("PHIẾU KIỂM SOÁT"), std::string::npos) << control;
  EXPECT_NE(control.find("tiepnhan"), std::string::npos) << "every hand-off is listed";
  EXPECT_NE(control.find("Chuyển xử lý"), std::string::npos) << "actions in words: " << control;
  EXPECT_EQ(control.find("forward"), std::string::npos) << control;
  const auto control_2018 = text_of(dossier.code, "05.pdf?numbering=2018");
  EXPECT_NE(control_2018.find("PHIẾU KIỂM SOÁT"), std::string::npos)
      << "Circular 01/2018 numbers the control sheet 05";
  EXPECT_NE(control_2018.find("Mẫu số 05"), std::string::npos) << "and prints that number";
  EXPECT_NE(control.find("Mẫu số 06"), std::string::npos);
  const auto apology_2018 = text_of(dossier.code, "04.pdf?numbering=2018", kSpecialist);
  EXPECT_NE(apology_2018.find("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ"), std::string::npos)
      << "the 2018 name of form 04: " << apology_2018;
  EXPECT_EQ(form(dossier.code, "03.pdf").status, 404) << "it was not refused";
}

TEST_F(PrintoutApi, TheRefusalFormAndTheRefusals) {
  const auto dossier = submitted_dossier();
  act(kReception, dossier.code, "refuse", {{"reason", "Không thuộc thẩm quyền"}});
  EXPECT_NE(text_of(dossier.code, "03.pdf").find("Không thuộc thẩm quyền"), std::string::npos);
  EXPECT_EQ(form(dossier.code, "07.pdf").status, 404);
  EXPECT_EQ(form(dossier.code, "03.pdf?numbering=1999").status, 400);
  EXPECT_EQ(form(dossier.code, "03.pdf", new_citizen("nguoila")).status, 404);
  EXPECT_EQ(get("/api/v1/dossiers/" + dossier.code + "/forms/03.pdf").status, 401);
}

}  // namespace
}  // namespace motcua::test
