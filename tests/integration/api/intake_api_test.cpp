// API.md "Counter and postal intake": the desk takes in a walk-in or mailed dossier, received at
// once with its code, deadline and form 01, and linked to the applicant's account by ID number.
#include <algorithm>

#include "api_test.hpp"

namespace motcua::test {
namespace {

class IntakeApi : public ApiTest {
 protected:
  json intake_body(const std::string& channel, const std::string& id_number,
                   const std::string& address = "Số 5 đường Lê Lợi") {
    return {{"procedure_code", birth_procedure().at("code")},
            {"channel", channel},
            {"applicant",
             {{"full_name", "Trần Thị Bình"},
              {"id_number", id_number},
              {"phone", "0912000111"},
              {"address", address}}},
            {"form", filled_form(birth_procedure().at("form").at("fields"))}};
  }
  std::string field_error(const HttpResponse& response, const std::string& field) {
    const auto body = response.json();
    const auto& fields = body.at("error").value("fields", json::object());
    return fields.contains(field) ? fields.at(field).get<std::string>() : "";
  }
};

TEST_F(IntakeApi, TheDeskReceivesAWalkInDossierAtOnceWithFormOne) {
  const auto taken =
      post("/api/v1/work/intake", intake_body("counter", "079123456789"), kReception);
  ASSERT_EQ(taken.status, 201) << taken.body;
  const auto dossier = taken.json();
  EXPECT_EQ(dossier.at("status").at("code"), 2);
  EXPECT_EQ(dossier.at("channel"), "counter");
  EXPECT_FALSE(dossier.at("received_at").is_null());
  EXPECT_FALSE(dossier.at("due_at").is_null());
  EXPECT_EQ(dossier.at("applicant").at("id_number"), "079123456789");
  const auto code = dossier.at("code").get<std::string>();
  EXPECT_EQ(code.rfind(dossier.at("receiving_unit").at("code").get<std::string>() + "-", 0), 0U)
      << code;
  const auto events = get("/api/v1/dossiers/" + code + "/events", kReception).json();
  EXPECT_EQ(events.at(0).at("action"), "intake");
  const Headers headers{{"authorization", "Bearer " + token(kReception)}};
  const auto form = client().send({"GET", "/ho-so/" + code + "/phieu-tiep-nhan.pdf", headers, ""});
  EXPECT_EQ(form.status, 200);
  EXPECT_EQ(form.body.rfind("%PDF", 0), 0U);
  // The specialist works on it as on any received dossier.
  EXPECT_EQ(act(kReception, code, "forward", {{"to", kSpecialist}}).at("status").at("code"), 4);
}

TEST_F(IntakeApi, ADossierWhoseIdNumberHasOneAccountShowsInThatAccount) {
  const auto mine = get("/api/v1/me/profile", kCitizen).json();
  const auto id_number = mine.at("citizen_id").get<std::string>();
  ASSERT_FALSE(id_number.empty()) << mine.dump();
  const auto taken = post("/api/v1/work/intake", intake_body("post", id_number), kReception);
  ASSERT_EQ(taken.status, 201) << taken.body;
  const auto code = taken.json().at("code").get<std::string>();
  EXPECT_EQ(get("/api/v1/dossiers/" + code, kCitizen).status, 200);
  const auto stranger = new_citizen("nguoila");
  EXPECT_EQ(get("/api/v1/dossiers/" + code, stranger).status, 404);
}

TEST_F(IntakeApi, BadIntakesAreRefusedFieldByFieldAndOnlyTheDeskMayTakeThemIn) {
  auto refused = post("/api/v1/work/intake", intake_body("counter", "12345"), kReception);
  EXPECT_EQ(refused.status, 400);
  EXPECT_FALSE(field_error(refused, "applicant.id_number").empty()) << refused.body;
  refused = post("/api/v1/work/intake", intake_body("post", "079123456789", ""), kReception);
  EXPECT_EQ(refused.status, 400);
  EXPECT_FALSE(field_error(refused, "applicant.address").empty()) << refused.body;
  refused = post("/api/v1/work/intake", intake_body("online", "079123456789"), kReception);
  EXPECT_EQ(refused.status, 400);
  EXPECT_FALSE(field_error(refused, "channel").empty()) << refused.body;
  auto unknown = intake_body("counter", "079123456789");
  unknown["procedure_code"] = "9.999999";
  EXPECT_EQ(post("/api/v1/work/intake", unknown, kReception).status, 400);
  auto bad_form = intake_body("counter", "079123456789");
  bad_form["form"] = json::object();
  refused = post("/api/v1/work/intake", bad_form, kReception);
  EXPECT_EQ(refused.status, 400) << "the e-form's required fields still hold";
  EXPECT_EQ(post("/api/v1/work/intake", intake_body("counter", "079123456789"), kSpecialist).status,
            403);
  EXPECT_EQ(post("/api/v1/work/intake", intake_body("counter", "079123456789"), kCitizen).status,
            403);
  EXPECT_EQ(post("/api/v1/work/intake", intake_body("counter", "079123456789")).status, 401);
}

// Số hóa (requirements §13.8): the desk scans the papers of a dossier it took in, each into its
// component, kept as a digitised copy; nobody else may, and nothing outside the procedure.
TEST_F(IntakeApi, TheDeskDigitisesThePapersItTookIn) {
  const auto taken =
      post("/api/v1/work/intake", intake_body("counter", "079123450001"), kReception);
  ASSERT_EQ(taken.status, 201) << taken.body;
  const auto code = taken.json().at("code").get<std::string>();
  const auto component = birth_procedure().at("components")[0].at("id").get<std::string>();
  const auto scan = [&](const std::string& component_id, const std::string& bytes,
                        const std::string& user) {
    return post_multipart("/api/v1/work/dossiers/" + code + "/scans",
                          {{"component_id", component_id},
                           {"file", bytes, "to-khai-scan.pdf", "application/pdf"}},
                          user);
  };
  const auto stored = scan(component, pdf_bytes(), kReception);
  ASSERT_EQ(stored.status, 201) << stored.body;
  EXPECT_EQ(stored.json().at("purpose"), "scan");
  EXPECT_EQ(stored.json().at("component_id"), component);
  const auto files = get("/api/v1/dossiers/" + code, kReception).json().at("files");
  EXPECT_TRUE(std::any_of(files.begin(), files.end(),
                          [](const json& f) { return f.at("purpose") == "scan"; }))
      << files.dump();
  EXPECT_EQ(scan("khong-co", pdf_bytes(), kReception).status, 400);
  EXPECT_EQ(scan(component, "chỉ là chữ", kReception).status, 400);
  EXPECT_EQ(scan(component, pdf_bytes(), kSpecialist).status, 403) << "the desk digitises";
  EXPECT_EQ(scan(component, pdf_bytes(), kCitizen).status, 404);
  const auto online = submitted_dossier();
  EXPECT_EQ(post_multipart("/api/v1/work/dossiers/" + online.code + "/scans",
                           {{"component_id", component},
                            {"file", pdf_bytes(), "a.pdf", "application/pdf"}},
                           kReception)
                .status,
            409)
      << "received first";
}

}  // namespace
}  // namespace motcua::test
