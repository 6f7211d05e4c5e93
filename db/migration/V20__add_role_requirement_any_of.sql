-- Alternatives in role requirements (issue 12): requirements of one role that share an any_of
-- group are alternatives, the best member counts (a server engineer needs Linux OR Windows server
-- administration, article l.27). The group is named by its first member's skill code; the
-- members share target level and weight (checked when db/reference/roles.yaml is applied).
alter table role_requirement add column any_of varchar(60);

alter table role_requirement add constraint role_requirement_any_of_member
    foreign key (role_code, any_of) references role_requirement (role_code, skill_code)
    deferrable initially deferred;
