package dev.skillgap.postings;

import java.util.Optional;

import dev.skillgap.platform.ReferenceData;

import org.springframework.stereotype.Component;

/**
 * The role model of the reference data ({@code db/reference/posting-model.yaml}), read
 * once at start; nothing is downloaded and no service is called.
 */
@Component
class ReferenceRoleModel implements RoleModelSource {

	static final String FILE = "posting-model.yaml";

	private final Optional<RoleModel> model;

	ReferenceRoleModel(ReferenceData referenceData) {
		this.model = Optional.of(referenceData.read(FILE, RoleModel.class));
	}

	@Override
	public Optional<RoleModel> model() {
		return this.model;
	}

}
