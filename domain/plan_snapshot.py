"""A plan read back out of the database as a draft: what the plan workbook export writes."""

from sqlmodel import Session, select

from domain.admin_units import Village
from domain.agencies import Agency, Assignment
from domain.criteria import CriteriaSet, Criterion
from domain.places import plan_places
from domain.plan import Plan
from domain.plan_draft import (
    AgencyDraft,
    AssignmentDraft,
    CriteriaSetDraft,
    CriterionDraft,
    MemberDraft,
    PlaceKey,
    PlanDraft,
    VillageDraft,
)
from domain.teams import SupportTeam, TeamMember
from domain.text import fold


def plan_snapshot(session: Session, plan: Plan) -> PlanDraft:
    """The plan, its villages in plan order, the agencies it assigns (by name), assignments and team members in
    village order (lead first), and its criteria by group and number. Assessments are not part of it."""
    places = plan_places(session, plan.id)
    keys = {p.village_id: PlaceKey(p.district, p.commune, p.village) for p in places}
    order = {p.village_id: index for index, p in enumerate(places)}
    villages = {v.id: v for v in session.exec(select(Village).where(Village.id.in_(keys)))}
    criteria_set = session.get(CriteriaSet, plan.criteria_set_id)
    criteria = session.exec(select(Criterion).where(Criterion.criteria_set_id == criteria_set.id)
                            .order_by(Criterion.group_order, Criterion.number))
    assignments = list(session.exec(select(Assignment).where(Assignment.plan_id == plan.id)))
    members = list(session.exec(select(TeamMember, SupportTeam.village_id)
                                .join(SupportTeam, SupportTeam.id == TeamMember.team_id)
                                .where(SupportTeam.plan_id == plan.id)))
    used = {a.agency_id for a in assignments} | {m.agency_id for m, _ in members if m.agency_id}
    agencies = {a.id: a for a in session.exec(select(Agency).where(Agency.id.in_(used)))}
    assignments.sort(key=lambda a: (order[a.village_id], a.role != a.role.LEAD, fold(agencies[a.agency_id].name)))
    role_order = {"leader": 0, "deputy": 1, "member": 2}
    members.sort(key=lambda pair: (order[pair[1]], role_order[pair[0].role.value], pair[0].id))
    continued = session.get(Plan, plan.continues_plan_id) if plan.continues_plan_id is not None else None
    return PlanDraft(
        continues=continued.code if continued is not None else "",
        code=plan.code, title=plan.title, first_year=plan.first_year, last_year=plan.last_year,
        issuer=plan.issuer, place=plan.place, issued_on=plan.issued_on, is_sample=plan.is_sample,
        criteria_set=CriteriaSetDraft(
            criteria_set.code, criteria_set.title,
            [CriterionDraft(c.group_order, c.group_name, c.number, c.name, c.requirement) for c in criteria],
            is_template=criteria_set.is_template, note=criteria_set.note),
        villages=[VillageDraft(keys[p.village_id], villages[p.village_id].households,
                               villages[p.village_id].minority_households, villages[p.village_id].ethnic_groups,
                               villages[p.village_id].note) for p in places],
        agencies=[AgencyDraft(a.name, a.short_name, a.kind, a.address, a.phone)
                  for a in sorted(agencies.values(), key=lambda a: fold(a.name))],
        assignments=[AssignmentDraft(agencies[a.agency_id].name, keys[a.village_id], a.role) for a in assignments],
        members=[MemberDraft(keys[village_id], m.full_name, m.role, m.position,
                             agencies[m.agency_id].name if m.agency_id else "", m.phone)
                 for m, village_id in members],
    )
