// API.md "Signatures and verification": results signed by the competent unit, forms signed by
// the unit that issues them, both read by poppler's pdfsig as a verifier outside motcua would; the
// public verification by id and by upload, which catches any change after signing.
#include "api_test.hpp"
#include "pdf_file.hpp"

namespace motcua::test {
namespace {

class SignatureApi : public ApiTest {
 protected:
  DossierRef settled() {
    auto dossier = submitted_dossier();
    act(kReception, dossier.code, "receive");
    act(kReception, dossier.code, "forward", {{"to", kSpecialist}});
    act(kLeader, dossier.code, "approve", {{"comment", "Đồng ý"}});
    return dossier;
  }
  // A real PDF to stand for the result: the dossier's own receipt.
  std::string some_pdf(const std::string& code) {
    return get("/api/v1/dossiers/" + code + "/forms/01.pdf", kCitizen).body;
  }
  HttpResponse attach_signed(const std::string& code, const std::string& bytes,
                             const std::string& replaces = "") {
    std::vector<MultipartField> fields{{"file", bytes, "giay-khai-sinh.pdf", "application/pdf"},
                                       {"sign", "true", "", ""}};
    if (!replaces.empty()) fields.push_back({"replaces", replaces, "", ""});
    return post_multipart("/api/v1/work/dossiers/" + code + "/results", fields, kLeader);
  }
  json verify_copy(const std::string& bytes) {
    const auto response =
        post_multipart("/api/v1/verify", {{"file", bytes, "ban-sao.pdf", "application/pdf"}});
    EXPECT_EQ(response.status, 200) << response.body;
    return response.json();
  }
  static bool pdfsig_valid(const std::string& bytes) {
    const PdfFile file(bytes);
    return run("pdfsig '" + file.path() + "' 2>&1").find("Signature is Valid") != std::string::npos;
  }
};

TEST_F(SignatureApi, ASignedResultVerifiesByIdByCopyAndWithPdfsig) {
  const auto dossier = settled();
  const auto attached = attach_signed(dossier.code, some_pdf(dossier.code));
  ASSERT_EQ(attached.status, 201) << attached.body;
  const auto signature = attached.json().at("signature");
  const auto id = signature.at("id").get<std::string>();
  EXPECT_NE(signature.at("verify_url").get<std::string>().find("/xac-thuc/" + id),
            std::string::npos);

  const auto by_id = get("/api/v1/verify/" + id);
  ASSERT_EQ(by_id.status, 200) << by_id.body;
  EXPECT_EQ(by_id.json().at("valid"), true);
  EXPECT_EQ(by_id.json().at("dossier_code"), dossier.code);
  EXPECT_EQ(by_id.json().at("kind"), "result");
  EXPECT_FALSE(by_id.json().at("signed_by").get<std::string>().empty());
  EXPECT_FALSE(by_id.json().at("signed_at").is_null());

  const auto result = get(attached.json().at("url").get<std::string>(), kCitizen);
  ASSERT_EQ(result.status, 200);
  EXPECT_TRUE(pdfsig_valid(result.body));
  const auto copy = verify_copy(result.body);
  EXPECT_EQ(copy.at("valid"), true) << copy;
  EXPECT_EQ(copy.at("id"), id);
  EXPECT_EQ(copy.at("sha256"), by_id.json().at("sha256"));
  EXPECT_EQ(copy.at("dossier_code"), dossier.code);
}

TEST_F(SignatureApi, AnyChangeAfterSigningIsReported) {
  const auto dossier = settled();
  const auto attached = attach_signed(dossier.code, some_pdf(dossier.code));
  ASSERT_EQ(attached.status, 201) << attached.body;
  auto bytes = get(attached.json().at("url").get<std::string>(), kCitizen).body;
  auto altered = bytes;
  altered[altered.size() / 4] ^= 0x01;
  const auto changed = verify_copy(altered);
  EXPECT_EQ(changed.at("valid"), false);
  EXPECT_EQ(changed.at("problem"), "altered");
  EXPECT_TRUE(changed.at("dossier_code").is_null()) << "an altered copy names no dossier";
  const auto appended = verify_copy(bytes + "\n%forged\n");
  EXPECT_EQ(appended.at("valid"), false);
  EXPECT_EQ(appended.at("problem"), "appended");
  const auto unsigned_copy = verify_copy("%PDF-1.4\n%%EOF\n");
  EXPECT_EQ(unsigned_copy.at("valid"), false);
  EXPECT_EQ(unsigned_copy.at("problem"), "not_signed");
}

TEST_F(SignatureApi, ACorrectionIsANewSignedVersionLinkedToTheOld) {
  const auto dossier = settled();
  const auto first = attach_signed(dossier.code, some_pdf(dossier.code));
  ASSERT_EQ(first.status, 201) << first.body;
  const auto first_id = first.json().at("signature").at("id").get<std::string>();
  const auto second = attach_signed(dossier.code, some_pdf(dossier.code), first_id);
  ASSERT_EQ(second.status, 201) << second.body;
  const auto second_id = second.json().at("signature").at("id").get<std::string>();
  EXPECT_EQ(second.json().at("signature").at("replaces"), first_id);
  const auto old = get("/api/v1/verify/" + first_id).json();
  EXPECT_EQ(old.at("valid"), true) << "the old one stays authentic";
  EXPECT_EQ(old.at("replaced_by"), second_id);
  EXPECT_EQ(attach_signed(dossier.code, some_pdf(dossier.code), "khong-co").status, 400);
  EXPECT_EQ(
      get("/api/v1/dossiers/" + dossier.code + "/results", kCitizen).json().at("items").size(), 2U)
      << "both versions are kept";
}

TEST_F(SignatureApi, RefusalsOfSigningAndVerifying) {
  const auto dossier = settled();
  EXPECT_EQ(
      post_multipart("/api/v1/work/dossiers/" + dossier.code + "/results",
                     {{"file", "not a pdf", "a.pdf", "application/pdf"}, {"sign", "true", "", ""}},
                     kLeader)
          .status,
      400);
  EXPECT_EQ(post_multipart("/api/v1/work/dossiers/" + dossier.code + "/results",
                           {{"file", some_pdf(dossier.code), "a.pdf", "application/pdf"},
                            {"sign", "perhaps", "", ""}},
                           kLeader)
                .status,
            400);
  EXPECT_EQ(get("/api/v1/verify/khong-co-ma-nay").status, 404);
  EXPECT_EQ(post_multipart("/api/v1/verify", {{"note", "no file", "", ""}}).status, 400);
  const auto received = submitted_dossier();
  act(kReception, received.code, "receive");
  EXPECT_EQ(attach_signed(received.code, some_pdf(received.code)).status, 409)
      << "results wait for the decision";
}

TEST_F(SignatureApi, FormsAreSignedByTheUnitThatIssuesThem) {
  const auto dossier = settled();
  const auto form_01 = some_pdf(dossier.code);
  EXPECT_TRUE(pdfsig_valid(form_01));
  EXPECT_EQ(verify_copy(form_01).at("kind"), "form_01");
  const auto control = get("/api/v1/dossiers/" + dossier.code + "/forms/06.pdf", kLeader);
  ASSERT_EQ(control.status, 200);
  EXPECT_TRUE(pdfsig_valid(control.body));
  EXPECT_EQ(get("/api/v1/dossiers/" + dossier.code + "/forms/06.pdf", kCitizen).body, control.body)
      << "the same issued document until the dossier moves on";
  EXPECT_EQ(verify_copy(control.body).at("kind"), "form_06");
}

}  // namespace
}  // namespace motcua::test
