-- A team's name is unique among the teams one person created (ignoring case), so that a lead
-- never has two teams they cannot tell apart. Existing duplicates (the older team keeps its name)
-- get " (2)", " (3)"... appended, cut to the 100 characters a name may have.
do $$
declare
    duplicate record;
    n integer;
    candidate varchar(100);
begin
    for duplicate in
        select id, name, created_by
          from (select id, name, created_by,
                       row_number() over (partition by created_by, lower(name) order by created_at, id) as position
                  from team
                 where created_by is not null) ranked
         where position > 1
         order by created_by, lower(name), position
    loop
        n := 2;
        loop
            candidate := left(duplicate.name, 100 - length(' (' || n || ')')) || ' (' || n || ')';
            exit when not exists (select 1 from team
                                   where created_by = duplicate.created_by and lower(name) = lower(candidate));
            n := n + 1;
        end loop;
        update team set name = candidate where id = duplicate.id;
    end loop;
end $$;

create unique index team_creator_name_key on team (created_by, lower(name)) where created_by is not null;
