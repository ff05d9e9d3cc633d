import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Plus, Tools } from "@medusajs/icons"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"
import { JobForm } from "../../components/jobs/form/job-form"
import { JobsTable } from "../../components/jobs/list/jobs-table"

/** Production, custom and repair jobs. */
const JobsPage = () => {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [open, setOpen] = useState(false)
  return (
    <Container className="divide-y p-0" data-testid="jobs-page">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading>{t("jewelry.job.list.heading")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">{t("jewelry.job.list.subtitle")}</Text>
        </div>
        <div className="flex gap-x-2">
          <Button size="small" variant="secondary" onClick={() => navigate("/workshop-monitor")}>{t("jewelry.job.list.monitor")}</Button>
          <Button size="small" onClick={() => setOpen(true)} data-testid="new-job"><Plus /> {t("jewelry.job.list.newJob")}</Button>
        </div>
      </div>
      <JobsTable />
      <JobForm open={open} onClose={() => setOpen(false)} onCreated={(id) => navigate(`/production-jobs/${id}`)} />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "jewelry.job.list.heading", translationNs: "translation", icon: Tools })

export default JobsPage
