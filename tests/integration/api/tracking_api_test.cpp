// messages between applicant and agency, notifications, electronic results and the two
// PDFs (acknowledgement, form 01 with its QR code), with who may see what, over HTTP on both
// stores. PDFs are checked with poppler (pdfinfo, pdftotext, pdftoppm) and the QR code with
// zbarimg.
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "api_test.hpp"
#include "pdf_file.hpp"

namespace motcua::test {
namespace {

class TrackingApi : public ApiTest {
 protected:
  HttpResponse message(const std::string& code, const std::string& body, const std::string& user) {
    return post("/api/v1/dossiers/" + code + "/messages", {{"body", body}}, user);
  }
  json notifications(const std::string& user) {
    const auto response = get("/api/v1/notifications?per_page=100", user);
    EXPECT_EQ(response.status, 200) << response.body;
    return response.json();
  }
  static std::vector<json> of_dossier(const json& list, const std::string& code) {
    std::vector<json> found;
    for (const auto& item : list.at("items")) {
      if (item.at("dossier_code") == code) found.push_back(item);
    }
    return found;
  }
  HttpResponse attach(const std::string& code, const std::string& bytes, const std::string& user) {
    return post_multipart("/api/v1/work/dossiers/" + code + "/results",
                          {{"file", bytes, "giay-khai-sinh.pdf", "application/pdf"}}, user);
  }
  // Received, forwarded and approved: status 9, ready for results.
  DossierRef settled(const std::string& owner) {
    auto dossier = submitted_dossier(owner);
    act(kReception, dossier.code, "receive");
    act(kReception, dossier.code, "forward", {{"to", kSpecialist}});
    act(kLeader, dossier.code, "approve", {{"comment", "Đồng ý"}});
    return dossier;
  }
};

TEST_F(TrackingApi, MessagesGoBothWaysWithoutOfficerNames) {
  const auto dossier = submitted_dossier();
  auto sent = message(dossier.code, "  Xin hỏi khi nào có kết quả?  ", kCitizen);
  ASSERT_EQ(sent.status, 201) << sent.body;
  EXPECT_EQ(sent.json().at("side"), "citizen");
  EXPECT_EQ(sent.json().at("body"), "Xin hỏi khi nào có kết quả?");

  sent = message(dossier.code, "Hồ sơ sẽ có kết quả trong 3 ngày làm việc.", kReception);
  ASSERT_EQ(sent.status, 201) << sent.body;
  EXPECT_EQ(sent.json().at("side"), "agency");

  const auto listed = get("/api/v1/dossiers/" + dossier.code + "/messages", kCitizen);
  ASSERT_EQ(listed.status, 200) << listed.body;
  const auto items = listed.json().at("items");
  ASSERT_EQ(items.size(), 2U);
  EXPECT_EQ(items[0].at("side"), "citizen");
  EXPECT_EQ(items[1].at("side"), "agency");
  EXPECT_EQ(listed.body.find(kReception), std::string::npos) << "no officer account";
  EXPECT_EQ(listed.body.find("Trần Thị Bình"), std::string::npos) << "no officer name";

  // The agency's message is announced to the owner; the owner's own is not.
  const auto notes = of_dossier(notifications(kCitizen), dossier.code);
  const auto count = std::count_if(notes.begin(), notes.end(),
                                   [](const json& n) { return n.at("kind") == "message"; });
  EXPECT_EQ(count, 1);
}

TEST_F(TrackingApi, MessagesAreHiddenFromEveryoneElse) {
  const auto dossier = submitted_dossier();
  const auto stranger = new_citizen("tin_nhan");
  EXPECT_EQ(get("/api/v1/dossiers/" + dossier.code + "/messages", stranger).status, 404);
  EXPECT_EQ(message(dossier.code, "Xin chào", stranger).status, 404);
  EXPECT_EQ(message("H29.00-000000-0000", "Xin chào", kCitizen).status, 404);
  EXPECT_EQ(get("/api/v1/dossiers/" + dossier.code + "/messages").status, 401);
}

TEST_F(TrackingApi, AnEmptyOrOverlongMessageIsRefusedPerField) {
  const auto dossier = submitted_dossier();
  auto refused = message(dossier.code, "   ", kCitizen);
  EXPECT_EQ(refused.status, 400) << refused.body;
  EXPECT_TRUE(refused.json().at("error").at("fields").contains("body")) << refused.body;
  refused = message(dossier.code, std::string(4001, 'a'), kCitizen);
  EXPECT_EQ(refused.status, 400) << refused.body;
  refused = post("/api/v1/dossiers/" + dossier.code + "/messages", {{"body", 12}}, kCitizen);
  EXPECT_EQ(refused.status, 400) << refused.body;
  EXPECT_EQ(
      get("/api/v1/dossiers/" + dossier.code + "/messages", kCitizen).json().at("items").size(),
      0U);
}

TEST_F(TrackingApi, EachAgencyTransitionNotifiesTheOwnerOnce) {
  const auto owner = new_citizen("thong_bao");
  const auto dossier = settled(owner);
  const auto list = notifications(owner);
  const auto notes = of_dossier(list, dossier.code);
  // receive (2), forward (4), approve (9): newest first; submitting was the owner's own step.
  ASSERT_EQ(notes.size(), 3U) << list.dump();
  EXPECT_EQ(notes[0].at("status").at("code"), 9);
  EXPECT_EQ(notes[0].at("action"), "approve");
  EXPECT_EQ(notes[1].at("status").at("code"), 4);
  EXPECT_EQ(notes[2].at("status").at("code"), 2);
  EXPECT_EQ(notes[2].at("action"), "receive");
  EXPECT_EQ(list.at("unread"), 3);
  EXPECT_FALSE(notes[0].at("read").get<bool>());

  // Marking up to the oldest leaves the newer two unread; without a bound, all are read.
  auto marked = post("/api/v1/notifications/read", {{"up_to", notes[2].at("id")}}, owner);
  ASSERT_EQ(marked.status, 200) << marked.body;
  EXPECT_EQ(marked.json().at("marked"), 1);
  EXPECT_EQ(notifications(owner).at("unread"), 2);
  marked = post("/api/v1/notifications/read", json::object(), owner);
  EXPECT_EQ(marked.json().at("marked"), 2);
  EXPECT_EQ(notifications(owner).at("unread"), 0);
  EXPECT_EQ(post("/api/v1/notifications/read", {{"up_to", "x"}}, owner).status, 400);

  // Another user sees none of them.
  const auto other = new_citizen("thong_bao_khac");
  EXPECT_EQ(notifications(other).at("total"), 0);
  EXPECT_EQ(get("/api/v1/notifications").status, 401);
}

TEST_F(TrackingApi, ResultsAreAttachedOnceSettledAndDownloadedByTheOwnerOnly) {
  const auto owner = new_citizen("ket_qua");
  auto dossier = submitted_dossier(owner);
  act(kReception, dossier.code, "receive");
  auto early = attach(dossier.code, pdf_bytes(), kReception);
  EXPECT_EQ(early.status, 409) << early.body;
  act(kReception, dossier.code, "forward", {{"to", kSpecialist}});
  act(kLeader, dossier.code, "approve");

  EXPECT_EQ(attach(dossier.code, pdf_bytes(), owner).status, 403);
  const auto stranger = new_citizen("ket_qua_khac");
  EXPECT_EQ(attach(dossier.code, pdf_bytes(), stranger).status, 404);
  auto wrong = attach(dossier.code, png_bytes(), kSpecialist);
  EXPECT_EQ(wrong.status, 400) << wrong.body;
  EXPECT_TRUE(wrong.json().at("error").at("fields").contains("file"));

  const auto attached = attach(dossier.code, pdf_bytes(), kSpecialist);
  ASSERT_EQ(attached.status, 201) << attached.body;
  const auto url = attached.json().at("url").get<std::string>();

  const auto listed = get("/api/v1/dossiers/" + dossier.code + "/results", owner);
  ASSERT_EQ(listed.status, 200) << listed.body;
  ASSERT_EQ(listed.json().at("items").size(), 1U);
  EXPECT_EQ(listed.json().at("items")[0].at("name"), "giay-khai-sinh.pdf");
  EXPECT_EQ(get("/api/v1/dossiers/" + dossier.code + "/results", stranger).status, 404);

  const auto download = get(url, owner);
  ASSERT_EQ(download.status, 200);
  EXPECT_EQ(download.body, pdf_bytes());
  EXPECT_EQ(download.header("content-type").value_or(""), "application/pdf");
  EXPECT_EQ(download.header("content-disposition").value_or("").rfind("attachment", 0), 0U);
  EXPECT_EQ(get(url, stranger).status, 404);

  const auto notes = of_dossier(notifications(owner), dossier.code);
  EXPECT_EQ(notes.at(0).at("kind"), "result");
}

TEST_F(TrackingApi, TheAcknowledgementIsTheOwnersOnly) {
  const auto dossier = submitted_dossier();
  const auto pdf = get("/ho-so/" + dossier.code + "/bien-nhan.pdf", kCitizen);
  ASSERT_EQ(pdf.status, 200) << pdf.body.substr(0, 300);
  EXPECT_EQ(pdf.header("content-type").value_or(""), "application/pdf");
  PdfFile file(pdf.body);
  EXPECT_NE(file.info().find("Pages:"), std::string::npos) << file.info();
  EXPECT_NE(file.text().find(dossier.code), std::string::npos) << file.text();

  EXPECT_EQ(get("/ho-so/" + dossier.code + "/bien-nhan.pdf", new_citizen("bien_nhan")).status, 404);
  EXPECT_EQ(get("/ho-so/" + dossier.code + "/bien-nhan.pdf", kReception).status, 404);
}

TEST_F(TrackingApi, FormOneIsIssuedAtReceptionKeptAndOpensThePublicLookup) {
  const auto dossier = submitted_dossier();
  EXPECT_EQ(get("/ho-so/" + dossier.code + "/phieu-tiep-nhan.pdf", kCitizen).status, 409);
  act(kReception, dossier.code, "receive");

  const auto first = get("/ho-so/" + dossier.code + "/phieu-tiep-nhan.pdf", kCitizen);
  ASSERT_EQ(first.status, 200) << first.body.substr(0, 300);
  PdfFile file(first.body);
  EXPECT_NE(file.info().find("Pages:"), std::string::npos) << file.info();
  const auto text = file.text();
  EXPECT_NE(text.find(dossier.code), std::string::npos) << text;
  EXPECT_NE(text.find("TIẾP NHẬN HỒ SƠ"), std::string::npos) << text;
  const auto qr = file.qr_codes();
  const auto expected = "/tra-cuu?ma=" + dossier.code;
  EXPECT_EQ(qr.rfind("http", 0), 0U) << qr;
  EXPECT_NE(qr.find(expected), std::string::npos) << qr;

  // Kept as issued: the same bytes after later steps, for the owner and the receiving desk.
  act(kReception, dossier.code, "forward", {{"to", kSpecialist}});
  EXPECT_EQ(get("/ho-so/" + dossier.code + "/phieu-tiep-nhan.pdf", kCitizen).body, first.body);
  EXPECT_EQ(get("/ho-so/" + dossier.code + "/phieu-tiep-nhan.pdf", kReception).body, first.body);
  EXPECT_EQ(get("/ho-so/" + dossier.code + "/phieu-tiep-nhan.pdf", new_citizen("mau01")).status,
            404);
}

TEST_F(TrackingApi, ThePublicLookupShowsProgressAndNoPersonalData) {
  const auto owner = new_citizen("tra_cuu");  // registered as "Hoàng Văn Khách"
  const auto dossier = settled(owner);
  message(dossier.code, "Nội dung riêng tư của công dân", owner);
  const auto page = get("/tra-cuu?ma=" + dossier.code);
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find(dossier.code), std::string::npos);
  EXPECT_NE(page.body.find("tracking-stage-done"), std::string::npos);
  for (const char* secret : {"Hoàng Văn Khách", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung",
                             "tiepnhan", "chuyenvien", "lanhdao", "Nội dung riêng tư"}) {
    EXPECT_EQ(page.body.find(secret), std::string::npos) << secret;
  }
  EXPECT_EQ(get("/tra-cuu?ma=H29.00-000000-0000").status, 404);
}

}  // namespace
}  // namespace motcua::test
