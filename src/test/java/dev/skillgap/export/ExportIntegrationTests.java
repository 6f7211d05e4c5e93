package dev.skillgap.export;

import java.nio.charset.StandardCharsets;

import dev.skillgap.IntegrationTest;
import dev.skillgap.Json;
import dev.skillgap.Learner;
import dev.skillgap.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * My data export, JSON and CSV, with levels (and their history), plan, goal and postings.
 */
@IntegrationTest
class ExportIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void exportsEverythingIRecordedAsJsonAndCsv() throws Exception {
		Learner me = new Learner(new TestAccounts(this.mvc).register().client()).in("ja");
		me.put("/api/me/skills/linux-administration", Json.object("level", 2)).andExpect(status().isOk());
		me.put("/api/me/skills/linux-administration", Json.object("level", 3, "evidence", "=Built, \"two\" servers"))
			.andExpect(status().isOk());
		me.post("/api/me/plan", Json.object("itemCode", "lpic-1")).andExpect(status().isCreated());
		me.put("/api/me/goal", Json.object("roleCode", "cloud-engineer", "targetDate", "2099-12-31"))
			.andExpect(status().isOk());
		me.post("/api/me/postings", Json.object("text", "サーバーエンジニア募集\n【必須スキル】Linuxサーバーの構築経験3年以上"))
			.andExpect(status().isCreated());

		me.get("/api/me/export")
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
			.andExpect(jsonPath("$.account.email").isNotEmpty())
			.andExpect(jsonPath("$.levels[0].skillCode").value("linux-administration"))
			.andExpect(jsonPath("$.levels[0].currentLevel").value(3))
			.andExpect(jsonPath("$.levels[0].history.length()").value(2))
			.andExpect(jsonPath("$.plan[0].itemCode").value("lpic-1"))
			.andExpect(jsonPath("$.goal.roleName").value("クラウドエンジニア"))
			.andExpect(jsonPath("$.savedPostings.length()").value(1));

		// the CSV is in the language the app asks for (the SPA passes its own)
		MvcResult csv = me.get("/api/me/export/csv?lang=ja").andExpect(status().isOk()).andReturn();
		byte[] bytes = csv.getResponse().getContentAsByteArray();
		assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		assertThat(text).startsWith("record,code,name,level,status,hours,date,target_date,source,evidence,url,text\r\n")
			.contains("level,linux-administration,")
			.contains("\"'=Built, \"\"two\"\" servers\"")
			.contains("plan,lpic-1,")
			.contains("goal,cloud-engineer,クラウドエンジニア")
			.contains("posting,");
		assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
		// without it, the account's language, whatever the browser asks for
		MvcResult english = me.get("/api/me/export/csv").andExpect(status().isOk()).andReturn();
		assertThat(english.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("goal,cloud-engineer,Cloud engineer");
	}

}
